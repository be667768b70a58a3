"""Builds abuse-it.jsonl from the grouped sources in src/ (label|category|text per line)."""
import json
import pathlib

here = pathlib.Path(__file__).parent
with open(here / "abuse-it.jsonl", "w", encoding="utf-8") as out:
    for source in sorted((here / "src").glob("*.txt")):
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            label, category, text = line.split("|", 2)
            record = {"id": f"{source.stem}-{number}", "text": text.strip(), "label": int(label),
                      "category": category or None}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
