#!/usr/bin/env python3
"""Tavle's word catalogs (gettext PO files in Sources/TavleModel/Catalogs/).

    scripts/catalogs.py embed      write Sources/TavleModel/EmbeddedCatalogs.swift from the PO files
    scripts/catalogs.py check      list entries missing or untranslated in each catalog
    scripts/catalogs.py extract    add the sentences Sources/ uses that a catalog lacks (untranslated),
                                   and drop those it no longer uses

The catalogs are keyed by the English sentence as the code writes it, with {1}, {2}, ... where
the code puts a value. English needs no catalog. A translator edits the msgstr lines (by hand or
with a PO editor such as Poedit); `embed` then builds them into the program, and `swift test`
fails until every catalog has every sentence with the same placeholders.
"""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = os.path.join(HERE, '..', 'Sources', 'TavleModel', 'Catalogs')
EMBEDDED = os.path.join(HERE, '..', 'Sources', 'TavleModel', 'EmbeddedCatalogs.swift')


def unquote(text):
    assert text.startswith('"') and text.endswith('"'), text
    out, i, body = '', 0, text[1:-1]
    while i < len(body):
        c = body[i]
        if c == '\\':
            n = body[i + 1]
            out += {'n': '\n', 't': '\t', '"': '"', '\\': '\\'}[n]
            i += 2
        else:
            out += c
            i += 1
    return out


def quote(text):
    return '"' + text.replace('\\', '\\\\').replace('"', '\\"').replace('\t', '\\t').replace('\n', '\\n') + '"'


def read(path):
    """Entries as dicts: context, id, text, comments, fuzzy."""
    entries, entry, field = [], None, None
    def finish():
        nonlocal entry
        if entry is not None and 'id' in entry:
            entries.append(entry)
        entry = None
    for line in open(path, encoding='utf-8').read().split('\n'):
        if not line.strip():
            finish(); continue
        if entry is None:
            entry = {'context': None, 'comments': [], 'fuzzy': False}
        if line.startswith('#'):
            if line.startswith('#,') and 'fuzzy' in line: entry['fuzzy'] = True
            else: entry['comments'].append(line)
            continue
        m = re.match(r'(msgctxt|msgid|msgstr) (".*")$', line)
        if m:
            field = {'msgctxt': 'context', 'msgid': 'id', 'msgstr': 'text'}[m.group(1)]
            entry[field] = unquote(m.group(2))
        elif line.startswith('"'):
            entry[field] += unquote(line)
        else:
            raise SystemExit('%s: cannot read the line %r' % (path, line))
    finish()
    return entries


def write(path, entries):
    with open(path, 'w', encoding='utf-8') as out:
        for index, entry in enumerate(entries):
            if index: out.write('\n')
            for comment in entry.get('comments', []): out.write(comment + '\n')
            if entry.get('fuzzy'): out.write('#, fuzzy\n')
            if entry.get('context') is not None: out.write('msgctxt %s\n' % quote(entry['context']))
            for field, name in (('id', 'msgid'), ('text', 'msgstr')):
                value = entry[field]
                if '\n' in value[:-1]:
                    out.write('%s ""\n' % name)
                    for piece in re.findall(r'[^\n]*\n|[^\n]+$', value): out.write(quote(piece) + '\n')
                else:
                    out.write('%s %s\n' % (name, quote(value)))


def embed():
    names = sorted(f for f in os.listdir(FOLDER) if f.endswith('.po'))
    with open(EMBEDDED, 'w', encoding='utf-8') as out:
        out.write('// swift-format-ignore-file\n')
        out.write('// Written by scripts/catalogs.py embed from Catalogs/*.po; edit those, not this.\n')
        out.write('// (A test checks that the two agree.) The formatter leaves it as written: its text is data.\n\n')
        out.write('enum EmbeddedCatalogs {\n    static let texts: [String: String] = [\n')
        for name in names:
            text = open(os.path.join(FOLDER, name), encoding='utf-8').read()
            if '"""#' in text: raise SystemExit(name + ' holds """#, which cannot be embedded')
            # The newline before the closing delimiter is not part of a Swift multi-line string.
            out.write('        "%s": #"""\n%s\n"""#,\n' % (name[:-3], text))
        out.write('    ]\n}\n')


SOURCES = os.path.join(HERE, '..', 'Sources')
# Sentences the code builds from data rather than writes out: the months.
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
BUILT_IN = [('month', m) for m in MONTHS] + [('month, short', m[:3]) for m in MONTHS]


def used_keys():
    """(context, key) of every Phrase("…") / Phrase("…", context: "…") / words("…") in Sources/, in
    the order they appear, with the place of the first."""
    sys.path.insert(0, HERE)
    from swift_literals import parse_string, skip_ws
    found = {}
    for folder, _, files in sorted(os.walk(SOURCES)):
        for name in sorted(files):
            if not name.endswith('.swift'): continue
            path = os.path.join(folder, name)
            text = open(path, encoding='utf-8').read()
            for match in re.finditer(r'\b(Phrase|words)\(', text):
                line_start = text.rfind('\n', 0, match.start()) + 1
                if '//' in text[line_start:match.start()]: continue  # a comment
                i = skip_ws(text, match.end())
                if i >= len(text) or text[i] != '"': continue
                parts, i = parse_string(text, i)
                key, count = '', 0
                for kind, value in parts:
                    if kind == 'lit': key += value
                    else: count += 1; key += '{%d}' % count
                context = None
                m = re.match(r'\s*,\s*context:\s*"([^"\\]*)"', text[i:])
                if m: context = m.group(1)
                line = text.count('\n', 0, match.start()) + 1
                found.setdefault((context, key), '%s:%d' % (os.path.relpath(path, os.path.join(HERE, '..')), line))
    for key in BUILT_IN: found.setdefault(key, 'Language.swift (month names)')
    return found


def extract():
    used = used_keys()
    for name in sorted(f for f in os.listdir(FOLDER) if f.endswith('.po')):
        path = os.path.join(FOLDER, name)
        entries = read(path)
        header = [e for e in entries if not e['id']]
        known = {(e['context'], e['id']): e for e in entries if e['id']}
        kept = [known.get(key) or {'context': key[0], 'id': key[1], 'text': '', 'comments': ['#: ' + place]}
                for key, place in used.items()]
        added = sum(1 for key in used if key not in known)
        dropped = sum(1 for key in known if key not in used)
        write(path, header + kept)
        print('%s: %d sentences, %d added untranslated, %d no longer used dropped' % (name, len(kept), added, dropped))


def check():
    bad = 0
    for name in sorted(f for f in os.listdir(FOLDER) if f.endswith('.po')):
        for entry in read(os.path.join(FOLDER, name)):
            if entry['id'] and (not entry['text'] or entry['fuzzy']):
                print('%s: untranslated: %r' % (name, entry['id'])); bad += 1
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    {'embed': embed, 'check': check, 'extract': extract}[sys.argv[1] if len(sys.argv) > 1 else 'check']()
