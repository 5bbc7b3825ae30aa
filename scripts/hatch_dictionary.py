"""Build hook: jieba's dictionary (dict.txt of the PyPI package jieba, MIT licence) copied into the
package as ``kg/text/dictionary.txt``, unchanged, when the package is built or installed.

The segmenter (rjieba, the jieba-rs binding) holds the same dictionary compiled in, but does not
expose its frequencies and parts of speech; the copy is where policykg reads them, so jieba is
needed to build the package and not to run it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

TARGET = Path("kg") / "text" / "dictionary.txt"


class DictionaryHook(BuildHookInterface):
    PLUGIN_NAME = "dictionary"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        import jieba

        with jieba.get_dict_file() as source:
            data = source.read()
        target = Path(self.root) / TARGET
        if not target.exists() or target.read_bytes() != data:
            target.write_bytes(data)
