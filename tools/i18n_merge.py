#!/usr/bin/env python3
"""Fill translations into a Qt .ts file from JSON lists of entries.

    python tools/i18n_merge.py resources/i18n/workstation_ru.ts entries.json [more.json ...]

Each JSON file holds a list of
{"context": …, "source": …, "translation": …} — optionally "comment" (lupdate's disambiguation,
the second argument of tr()); for a plural (numerus) entry "translation" is a list of the forms
(three for Russian: 1 пользователь, 2 пользователя, 5 пользователей).

An entry fills the messages of the .ts with the same context and source (and comment, when the
entry gives one; otherwise messages without a comment first, else every one with that source).
Unfinished or empty translations are filled and marked finished; a finished translation that
differs is left alone and reported (use --force to replace it). Entries that match nothing
are reported: run `make i18n` first so that lupdate has added the new texts.

The file is written back with ElementTree; run `make i18n` afterwards, which rewrites it in
lupdate's own layout and builds the .qm.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any


def load_entries(paths: list[Path]) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    for path in paths:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, list):
            raise SystemExit(f"{path}: expected a JSON list of entries")
        for number, entry in enumerate(data):
            if not isinstance(entry, dict) or not {"context", "source", "translation"} <= set(
                    entry):
                raise SystemExit(f"{path}[{number}]: needs context, source and translation")
            entries.append({**entry, "_from": f"{path.name}[{number}]"})
    return entries


def is_finished(translation: ET.Element, numerus: bool) -> bool:
    if translation.get("type") in {"unfinished", "vanished", "obsolete"}:
        return False
    if numerus:
        forms = [form.text or "" for form in translation.iter("numerusform")]
        return bool(forms) and all(form.strip() for form in forms)
    return bool((translation.text or "").strip())


def current_text(translation: ET.Element, numerus: bool) -> str | list[str]:
    if numerus:
        return [form.text or "" for form in translation.iter("numerusform")]
    return translation.text or ""


def set_translation(message: ET.Element, text: str | list[str]) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        forms = text if isinstance(text, list) else [text]
        translation.text = "\n" + " " * 12
        for index, form in enumerate(forms):
            element = ET.SubElement(translation, "numerusform")
            element.text = form
            element.tail = "\n" + " " * (12 if index < len(forms) - 1 else 8)
    else:
        if isinstance(text, list):
            raise ValueError("a list of forms for a message that is not a plural")
        translation.text = text


def merge(ts_path: Path, entries: list[dict[str, Any]], *, force: bool = False) -> int:
    tree = ET.parse(ts_path)
    index: dict[tuple[str, str], list[ET.Element]] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            index.setdefault((name, message.findtext("source", "")), []).append(message)

    filled = kept = 0
    problems: list[str] = []
    for entry in entries:
        candidates = index.get((entry["context"], entry["source"]), [])
        comment = entry.get("comment", entry.get("disambiguation"))
        if comment is not None:
            matches = [m for m in candidates if m.findtext("comment", "") == comment]
        else:
            matches = [m for m in candidates if not m.findtext("comment", "")] or candidates
        where = f"{entry['_from']} {entry['context']}: {entry['source']!r}"
        if not matches:
            problems.append(f"no such message (run `make i18n` first?): {where}")
            continue
        text = entry["translation"]
        for message in matches:
            numerus = message.get("numerus") == "yes"
            if numerus != isinstance(text, list):
                wanted = "a plural: give a list of forms" if numerus else "not a plural: one text"
                problems.append(f"{wanted}: {where}")
                continue
            translation = message.find("translation")
            if translation is not None and is_finished(translation, numerus):
                if current_text(translation, numerus) == text:
                    kept += 1
                    continue
                if not force:
                    problems.append(f"already translated differently, kept "
                                    f"{current_text(translation, numerus)!r}: {where}")
                    continue
            set_translation(message, text)
            filled += 1

    if filled:
        ET.indent(tree, space="    ")  # lupdate's own layout comes back with `make i18n`
        with ts_path.open("w", encoding="utf-8") as out:
            out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(out, encoding="unicode", xml_declaration=False)
            out.write("\n")
    print(f"{ts_path}: {filled} filled, {kept} already so, {len(problems)} problem(s)")
    for line in problems:
        print("  " + line, file=sys.stderr)
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ts", type=Path, help="the .ts file to fill")
    parser.add_argument("json", type=Path, nargs="+", help="entry files")
    parser.add_argument("--force", action="store_true",
                        help="replace finished translations that differ")
    args = parser.parse_args()
    return merge(args.ts, load_entries(args.json), force=args.force)


if __name__ == "__main__":
    sys.exit(main())
