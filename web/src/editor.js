// The SPARQL editor of the workbench: CodeMirror 6 with the legacy SPARQL mode.
import { EditorView, basicSetup } from "codemirror";
import { StreamLanguage } from "@codemirror/language";
import { sparql } from "@codemirror/legacy-modes/mode/sparql";

export function create(parent, text) {
  return new EditorView({ doc: text, extensions: [basicSetup, StreamLanguage.define(sparql), EditorView.lineWrapping], parent });
}

export function read(view) {
  return view.state.doc.toString();
}

export function write(view, text) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}
