"""Swift string literals with interpolation, read as the compiler reads them: enough to find the
English sentence of every Phrase("…") and words("…") in Sources/ (see catalogs.py extract)."""
import re

ESC = {'n': '\n', 't': '\t', 'r': '\r', '0': '\0', '\\': '\\', '"': '"', "'": "'"}

def skip_ws(s, i):
    while i < len(s):
        if s[i] in ' \t\r\n': i += 1
        elif s.startswith('//', i):
            while i < len(s) and s[i] != '\n': i += 1
        else: break
    return i

def parse_expr_until_close(s, i):
    """s[i] is just after '\\('; returns index just after matching ')' and expr source."""
    depth = 1; start = i
    while i < len(s):
        c = s[i]
        if c == '"':
            _, i = parse_string(s, i)
            continue
        if c == '(': depth += 1
        elif c == ')':
            depth -= 1
            if depth == 0: return s[start:i], i + 1
        i += 1
    raise ValueError('unclosed interpolation')

def parse_string(s, i):
    """s[i] == '"'. Returns (parts, end) where parts is list of ('lit', text) / ('expr', src) and
    ('raw', source_text) overall."""
    assert s[i] == '"', s[i:i+20]
    if s.startswith('"""', i): return parse_multiline(s, i)
    i += 1; parts = []; lit = ''
    while True:
        c = s[i]
        if c == '"':
            if lit: parts.append(('lit', lit))
            return parts, i + 1
        if c == '\\':
            n = s[i+1]
            if n == '(':
                if lit: parts.append(('lit', lit)); lit = ''
                expr, i = parse_expr_until_close(s, i + 2)
                parts.append(('expr', expr)); continue
            if n == 'u':
                m = re.match(r'\\u\{([0-9a-fA-F]+)\}', s[i:])
                lit += chr(int(m.group(1), 16)); i += len(m.group(0)); continue
            lit += ESC[n]; i += 2; continue
        if c == '\n': raise ValueError('newline in literal')
        lit += c; i += 1


TQ = '"' * 3

def parse_multiline(s, i):
    """Swift's rules: content starts on the next line; the closing delimiter's indentation is
    removed from every line; a backslash at a line's end joins lines."""
    start = s.index('\n', i) + 1
    end = s.index(TQ, start)
    body = s[start:end]
    last_nl = body.rfind('\n')
    indent = body[last_nl+1:]
    assert indent.strip() == '', repr(indent)
    lines = body[:last_nl].split('\n') if last_nl >= 0 else []
    text = '\n'.join(l[len(indent):] if l.startswith(indent) else l.lstrip() for l in lines)
    parts = []; lit = ''; j = 0
    while j < len(text):
        c = text[j]
        if c == '\\':
            n = text[j+1]
            if n == '\n': j += 2; continue
            if n == '(':
                if lit: parts.append(('lit', lit)); lit = ''
                expr, j = parse_expr_until_close(text, j + 2)
                parts.append(('expr', expr)); continue
            if n == 'u':
                m = re.match(r'\\u\{([0-9a-fA-F]+)\}', text[j:])
                lit += chr(int(m.group(1), 16)); j += len(m.group(0)); continue
            lit += ESC[n]; j += 2; continue
        lit += c; j += 1
    if lit: parts.append(('lit', lit))
    return parts, end + 3
