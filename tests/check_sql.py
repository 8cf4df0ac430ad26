#!/usr/bin/python3
"""Fails when SQL is built by concatenating values (DESIGN.md section 4).

usage: check_sql.py DIR...            check every .cpp and .h under the folders
       check_sql.py --self-test DIR   each bad_*.cpp must be caught, no good_*.cpp

Every string handed to SQLite (QSqlQuery prepare/exec or its constructor,
QSqlDatabase::exec, Sql::run, StatementCache::get, BulkStatement,
sqlite3_prepare*/sqlite3_exec) must be made of literals. A piece put in with
.arg(), +, %, << or a join is followed back: to a string literal or a
constant made of them, to a variable or list only ever filled with such
pieces, to a function or lambda whose every return is one, or to a parameter
that every call fills with one. Anything else is a value, and values are
bound (? and bindValue), never written into the statement.

The few real identifiers (a column or table picked from a fixed list, a
PRAGMA's number, which SQLite cannot bind) are allowed by a comment at the
place, on the line of the piece or up to three lines above it:
    // sql-identifier: NAME <why it can only be one of a fixed set>
The check lists the places so allowed, so that the list stays small and seen.

It reads C++ as tokens, not as a compiler would: names are told apart by the
function they are declared in, methods by name alone. Where it cannot follow
a piece it says so and fails: the answer is then a bound value, or a comment.
"""
import os
import re
import sys

TOKEN = re.compile(
    r"""
    (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<pre>^[ \t]*\#[^\n]*(?:\\\n[^\n]*)*)
  | (?P<raw>(?:u8|u|U|L)?R"(?P<delim>[^(\s]*)\((?:.|\n)*?\)(?P=delim)"(?:_\w+)?)
  | (?P<str>(?:u8|u|U|L)?"(?:\\.|[^"\\\n])*"(?:_\w+)?)
  | (?P<chr>(?:u8|u|U|L)?'(?:\\.|[^'\\\n])+'(?:_\w+)?)
  | (?P<num>\d[\w.']*)
  | (?P<ident>[A-Za-z_]\w*)
  | (?P<op>::|->|<<=|>>=|<<|>>|&&|\|\||[-+*/%^&|!=<>]=|\+\+|--|[{}()\[\];,.?:~!%^&|*/+\-<>=])
  | (?P<space>\s+)
    """,
    re.VERBOSE | re.DOTALL | re.MULTILINE,
)

# Calls that only wrap or convert their string arguments.
WRAPPERS = {
    "QStringLiteral", "QLatin1String", "QLatin1StringView", "QString", "QStringView",
    "QByteArray", "QByteArrayLiteral", "QLatin1Char", "QChar", "fromLatin1", "fromUtf8",
    "fromLocal8Bit", "fromStdString", "QStringList", "as_const", "qAsConst", "move",
}
# Methods whose result is as literal as their object and their arguments.
KEEPS = {
    "arg", "join", "toUtf8", "toLatin1", "toLocal8Bit", "constData", "data", "trimmed",
    "simplified", "toStdString", "c_str", "chopped", "toLower", "toUpper", "repeated", "left",
    "mid",
}
# Of these the arguments are counts, not text.
COUNTS = {"repeated", "left", "mid", "chopped"}
# Where SQL goes in: which argument is SQL.
SINK_FUNCTIONS = {"run": 1, "sqlite3_prepare_v2": 1, "sqlite3_prepare_v3": 1,
                  "sqlite3_prepare": 1, "sqlite3_exec": 1}
SINK_TYPES = {"QSqlQuery": 0, "BulkStatement": 1}  # TYPE name(sql, db) / (db, sql)
QUERY_TYPES = {"QSqlQuery", "QSqlDatabase", "StatementCache"}
# Inside these the SQL parameter is their callers' business: each call is a sink.
PASS_THROUGH = {"run", "get", "BulkStatement", "prepare"}
NOT_DECLARING = {"return", "else", "case", "new", "delete", "throw", "goto", "co_return",
                 "sizeof", "decltype", "typename", "template", "operator", "using"}
MARKER = re.compile(r"sql-identifier:\s*([\w.>-]+)")


class Token:
    __slots__ = ("kind", "text", "line", "index")

    def __init__(self, kind, text, line, index):
        self.kind, self.text, self.line, self.index = kind, text, line, index


def tokenize(source):
    tokens, markers, line = [], {}, 1
    for m in TOKEN.finditer(source):
        kind = "raw" if m.lastgroup == "delim" else m.lastgroup
        text = m.group(kind)
        if kind == "comment":
            for n, part in enumerate(text.split("\n")):
                for name in MARKER.findall(part):
                    markers.setdefault(line + n, set()).add(name)
        elif kind not in ("space", "pre"):
            tokens.append(Token("str" if kind == "raw" else kind, text, line, len(tokens)))
        line += text.count("\n")
    return tokens, markers


def matching(tokens, i):
    """Index (in `tokens`) of the bracket that closes the one at i."""
    pairs = {"(": ")", "[": "]", "{": "}"}
    opening, closing, depth = tokens[i].text, pairs[tokens[i].text], 0
    for j in range(i, len(tokens)):
        if tokens[j].text == opening:
            depth += 1
        elif tokens[j].text == closing:
            depth -= 1
            if depth == 0:
                return j
    return len(tokens) - 1


def split_top(tokens, separators):
    parts, current, depth = [], [], 0
    for t in tokens:
        if t.text in ("(", "[", "{"):
            depth += 1
        elif t.text in (")", "]", "}"):
            depth -= 1
        if depth == 0 and t.kind == "op" and t.text in separators:
            parts.append(current)
            current = []
        else:
            current.append(t)
    parts.append(current)
    return parts


def arguments(tokens, open_index):
    close = matching(tokens, open_index)
    inner = tokens[open_index + 1:close]
    return (split_top(inner, {","}) if inner else []), close


def text_of(tokens):
    return "".join(" " + t.text if i and t.kind == "ident" and tokens[i - 1].kind == "ident"
                   else t.text for i, t in enumerate(tokens))


def ternary(expression):
    """(condition, if-true, if-false) of a top-level ?:, else None."""
    depth, question, nested = 0, None, 0
    for i, t in enumerate(expression):
        if t.text in ("(", "[", "{"):
            depth += 1
        elif t.text in (")", "]", "}"):
            depth -= 1
        elif depth == 0 and t.kind == "op" and t.text == "?":
            if question is None:
                question = i
            else:
                nested += 1
        elif depth == 0 and t.kind == "op" and t.text == ":" and question is not None:
            if nested == 0:
                return expression[:question], expression[question + 1:i], expression[i + 1:]
            nested -= 1
    return None


class Scope:
    """A function's or a lambda's body: the names declared there are its own."""

    def __init__(self, name, begin, end, parent, member):
        self.name, self.begin, self.end, self.parent, self.member = \
            name, begin, end, parent, member
        self.declared = set()
        self.params = {}  # name -> position


class Project:
    """The files checked together: a method of one may be called from another."""

    def __init__(self):
        self.files = []
        self.fields = {}  # field name -> its positions in the structs that have it
        self.private = set()  # functions only ever declared private: called by their class
        self._public = set()
        self._memo = {}
        self._busy = set()
        self._cycle = False

    def add(self, path, source):
        check = FileCheck(self, path, source)
        self.files.append(check)
        return check

    def finish(self):
        self.private -= self._public
        for f in self.files:
            f.index_values()

    def field_index(self, field):
        positions = self.fields.get(field, set())
        return next(iter(positions)) if len(positions) == 1 else None

    def remember(self, key, compute):
        """Memoised. A question met again while it is being answered adds nothing (None);
        an answer that leaned on such an unfinished one is kept only if it found a value."""
        if key in self._memo:
            return self._memo[key]
        if key in self._busy:
            self._cycle = True
            return None
        outer, self._cycle = self._cycle, False
        self._busy.add(key)
        result = compute()
        self._busy.discard(key)
        if result or not self._cycle:
            self._memo[key] = result
        self._cycle = self._cycle or outer
        return result

    def function_culprit(self, name, field, local, method):
        """The returns of `name`: the file's own function when it has one; a method
        (obj.name(), Class::name()) is any class's of that name."""
        if local is not None and not method and name in local.functions:
            files = [local]
        else:
            files = [f for f in self.files if name in f.functions and (
                not method or name in f.members)]

        def compute():
            definitions = [(f, r) for f in files for r in f.returns(name)]
            if not definitions:
                return (f"{name}()", None, 0)
            for f, expression in definitions:
                bad = f.field_culprit(expression, field) if field else f.culprit(expression)
                if bad:
                    return bad
            return None
        where = local.path if files == [local] else ""
        return self.remember(("function", name, field, method, where), compute)

    def calls(self, scope, where):
        """Argument lists of the calls of the function of `scope` (in file `where`): the
        file's own calls, and for a public method also obj.name() and Class::name()."""
        out = [(where, args) for args in where.calls(scope.name, qualified=False)]
        if scope.member and scope.name not in self.private:
            out += [(f, args) for f in self.files for args in f.calls(scope.name, True)]
        return out


class FileCheck:
    def __init__(self, project, path, source):
        self.project = project
        self.path = path
        self.tokens, self.markers = tokenize(source)
        self.scopes = []
        self.functions = set()
        self.members = set()
        self.values = {}  # (scope or None, name or name.field) -> expressions
        self.allowed = set()
        self.queries = self._queries()
        self._scan_scopes()

    # --- functions, lambdas and structs --------------------------------------------------------
    def _scan_scopes(self):
        toks, n = self.tokens, len(self.tokens)
        for i, t in enumerate(toks[:-1]):
            nxt = toks[i + 1].text
            prev = toks[i - 1].text if i else ""
            if t.text in ("struct", "class") and toks[i + 1].kind == "ident":
                j = i + 2
                while j < n and toks[j].text not in ("{", ";", "(", ")"):
                    j += 1
                if j < n and toks[j].text == "{":
                    self._struct(j, t.text)
            elif t.kind == "ident" and nxt == "(" and i and prev not in (".", "->") and (
                    toks[i - 1].kind == "ident" or prev in (">", "&", "*", "::", "~")) \
                    and prev not in NOT_DECLARING:
                close = matching(toks, i + 1)
                body = close + 1
                while body < n and toks[body].text in ("const", "override", "noexcept", "final",
                                                       "mutable") or (
                        body < n and toks[body].text == "->"):
                    body += 1 if toks[body].text != "->" else 2
                if body + 1 < n and toks[body].text == ":" and toks[body + 1].kind == "ident":
                    body = self._after_initialisers(body + 1)
                if body < n and toks[body].text == "{":
                    self._scope(t.text, i + 1, body, member=prev == "::")
            elif t.text == "[" and prev in ("=", "(", ",", "return", "{", ";") and not (
                    i + 1 < n and toks[i + 1].text == "["):
                close = matching(toks, i)
                j = close + 1
                if j < n and toks[j].text in ("(", "{"):
                    params = j if toks[j].text == "(" else None
                    if params is not None:
                        j = matching(toks, j) + 1
                    while j < n and toks[j].text not in ("{", ";", ")"):
                        j += 1
                    if j < n and toks[j].text == "{":
                        name = toks[i - 2].text if prev == "=" and i > 1 else "<lambda>"
                        self._scope(name, params, j, member=False)
        self.scopes.sort(key=lambda s: s.begin)
        for s in self.scopes:  # parents: the innermost scope around each
            for p in self.scopes:
                if p is not s and p.begin < s.begin and s.end <= p.end and (
                        s.parent is None or p.begin > s.parent.begin):
                    s.parent = p

    def _after_initialisers(self, k):
        """Past a constructor's `m_a(x), m_b{y}`: where its body should start."""
        toks, n = self.tokens, len(self.tokens)
        while k < n:
            while k < n and toks[k].text not in ("(", "{", ";"):
                k += 1
            if k >= n or toks[k].text == ";":
                return k
            k = matching(toks, k) + 1
            if k < n and toks[k].text == ",":
                k += 1
            else:
                return k
        return k

    def _scope(self, name, params, body, member):
        scope = Scope(name, body, matching(self.tokens, body), None, member)
        if params is not None:
            args, _ = arguments(self.tokens, params)
            for index, arg in enumerate(args):
                texts = [t.text for t in arg]
                names = [t for t in arg[:texts.index("=") if "=" in texts else len(arg)]
                         if t.kind == "ident"]
                if names:
                    scope.params[names[-1].text] = index
                    scope.declared.add(names[-1].text)
        self.scopes.append(scope)
        if name != "<lambda>":
            self.functions.add(name)
            if member:
                self.members.add(name)

    def _struct(self, brace, kind):
        """Field positions (a brace initialiser {a, b} gives the first field a), and which
        member functions are private."""
        toks, end, index = self.tokens, matching(self.tokens, brace), 0
        access = "public" if kind == "struct" else "private"
        j = brace + 1
        while j < end:
            if toks[j].text in ("public", "private", "protected") and toks[j + 1].text == ":":
                access = toks[j].text
                j += 2
                continue
            if toks[j].text == "{":
                j = matching(toks, j) + 1
                continue
            statement = self._until(j, {";", "{"})
            texts = [t.text for t in statement]
            j += len(statement)
            if j < end and toks[j].text == "{":
                j = matching(toks, j)
            j += 1
            if not statement or texts[0] in ("struct", "class", "enum", "using", "friend",
                                              "typedef", "Q_OBJECT", "Q_DECLARE_TR_FUNCTIONS"):
                continue
            if "(" in texts:
                name = statement[texts.index("(") - 1].text
                (self.project.private if access == "private" else self.project._public).add(
                    name)
            elif texts[0] != "static":
                names = [t for t in statement[:texts.index("=") if "=" in texts else None]
                         if t.kind == "ident"]
                if len(names) >= 2:
                    self.project.fields.setdefault(names[-1].text, set()).add(index)
                    index += 1

    def scope_at(self, index):
        inner = None
        for s in self.scopes:
            if s.begin <= index <= s.end and (inner is None or s.begin > inner.begin):
                inner = s
        return inner

    def owner(self, name, index):
        """The scope whose `name` this is at token `index`: None for a member or global."""
        s = self.scope_at(index)
        while s is not None and name not in s.declared:
            s = s.parent
        return s

    def returns(self, function):
        out = []
        for s in self.scopes:
            if s.name != function:
                continue
            j = s.begin + 1
            while j < s.end:
                inner = self.scope_at(j)
                if inner is not s:  # a lambda inside: its returns are its own
                    j = inner.end + 1
                    continue
                if self.tokens[j].text == "return":
                    out.append(self._until(j + 1, {";"}))
                j += 1
        return out

    # --- what gives names their values ---------------------------------------------------------
    def index_values(self):
        toks, n = self.tokens, len(self.tokens)
        declarations = []
        for i, t in enumerate(toks[:-1]):
            if t.kind != "ident":
                continue
            nxt, prev = toks[i + 1].text, toks[i - 1].text if i else ""
            declares = i > 0 and prev not in NOT_DECLARING and prev not in (".", "->") and (
                toks[i - 1].kind == "ident" or prev in (">", "&", "*", "&&"))
            if declares and nxt in ("=", "(", "{", ";", ",", ":", "[", ")"):
                declarations.append(i)
        for i in declarations:  # declared first, so that assignments find their owner
            s = self.scope_at(i)
            if s is not None:
                s.declared.add(toks[i].text)
        for i, t in enumerate(toks[:-1]):
            if t.kind != "ident":
                continue
            nxt, prev = toks[i + 1].text, toks[i - 1].text if i else ""
            name = t.text
            base = i
            if prev in (".", "->"):
                if i > 1 and toks[i - 2].kind == "ident" and (i < 3 or toks[i - 3].text not in (
                        ".", "->", "::")):
                    name, base = toks[i - 2].text + "." + t.text, i - 2  # part.sql += ...
                else:
                    continue
            key = (self.owner(toks[base].text, i), name)
            if nxt in ("=", "+=") and not (i + 2 < n and toks[i + 2].text == "["):
                self._add(key, self._until(i + 2, {";", ","}))
            elif nxt == "<<" and prev != "<<" and toks[i - 1].kind != "str":
                for part in split_top(self._until(i + 2, {";"}), {"<<"}):
                    self._add(key, part)
            elif nxt in (".", "->") and i + 3 < n and toks[i + 3].text == "(" and toks[
                    i + 2].text in ("append", "prepend", "push_back", "insert", "emplace_back"):
                args, _ = arguments(toks, i + 3)
                if args:
                    self._add(key, args[-1])
            elif nxt in ("(", "{") and "." not in name and i in declarations:
                args, close = arguments(toks, i + 1)
                if self.scope_at(i + 1) is not None and self.scope_at(i + 1).begin == close + 1:
                    continue  # a function's own name
                if nxt == "{" or len(args) == 1:
                    for a in args:  # TYPE name(x), TYPE name{a, b}
                        self._add(key, a)
            elif nxt in ("(", "{") and prev in (":", ",") and self._initialiser(i):
                args, _ = arguments(toks, i + 1)
                for a in args:  # Class::Class() : m_name(x)
                    self._add((None, name), a)
            elif nxt == ":" and i in declarations and self._in_for(i):
                self._add(key, self._until(i + 2, {")"}))
            elif nxt == "[":
                close = matching(toks, i + 1)
                if close + 1 < n and toks[close + 1].text == "=":
                    self._add(key, self._until(close + 2, {";"}))
            elif t.text == "auto" and nxt in ("&", "&&", "[") and self._in_for(i):
                # for (const auto &[a, b] : pairs): each name is its place in the pairs
                j = i + 1 if nxt == "[" else i + 2
                if toks[j].text != "[":
                    continue
                close = matching(toks, j)
                names = split_top(toks[j + 1:close], {","})
                rng = self._until(close + 2, {")"})
                owner = self.scope_at(j)
                for k, part in enumerate(names):
                    if part:
                        if owner is not None:
                            owner.declared.add(part[-1].text)
                        self.values.setdefault((owner, part[-1].text), []).append(
                            ("element", k, rng))

    def _initialiser(self, i):
        toks = self.tokens
        j = i - 1
        while j > 0 and toks[j].text != ":":
            if toks[j].text in (";", "{", "}") or (toks[j].text == ")" and toks[j - 1].text != (
                    "(")):
                if toks[j].text == ")":
                    j = self._open_of(j) - 1
                    continue
                return False
            j -= 1
        return j > 0 and toks[j - 1].text == ")" or (j > 0 and toks[j - 1].text in (
            "const", "noexcept"))

    def _open_of(self, close):
        depth = 0
        for j in range(close, -1, -1):
            depth += {")": 1, "(": -1, "}": 1, "{": -1}.get(self.tokens[j].text, 0)
            if depth == 0:
                return j
        return 0

    def _in_for(self, i):
        depth = 0
        for j in range(i - 1, max(i - 20, 0), -1):
            text = self.tokens[j].text
            if text in (")", "]"):
                depth += 1
            elif text in ("(", "["):
                if depth == 0 and text == "(":
                    return self.tokens[j - 1].text == "for"
                depth -= 1
            elif text in (";", "{", "}"):
                return False
        return False

    def _add(self, key, expression):
        if expression:
            self.values.setdefault(key, []).append(expression)

    def _until(self, start, stops):
        toks, end, depth = self.tokens, start, 0
        while end < len(toks):
            text = toks[end].text
            if text in ("(", "[", "{"):
                depth += 1
            elif text in (")", "]", "}"):
                if depth == 0:
                    break
                depth -= 1
            elif depth == 0 and text in stops:
                break
            end += 1
        return toks[start:end]

    def calls(self, function, qualified):
        """Argument lists of the calls of `function` here: plain calls, or (qualified)
        obj.function(), obj->function() and Class::function()."""
        toks, out = self.tokens, []
        for i, t in enumerate(toks[:-1]):
            if t.text != function or toks[i + 1].text != "(" or not i:
                continue
            prev = toks[i - 1].text
            close = matching(toks, i + 1)
            scope = self.scope_at(close + 1)
            if scope is not None and scope.begin == close + 1 or (
                    close + 1 < len(toks) and toks[close + 1].text in ("const", "override")):
                continue  # a definition
            args, _ = arguments(toks, i + 1)
            if qualified:
                if prev in (".", "->") or (prev == "::" and i > 2 and toks[i - 3].kind != "ident"):
                    out.append(args)
            elif prev not in (".", "->", "::") and (toks[i - 1].kind != "ident" or prev in (
                    "return", "else")):
                out.append(args)
        return out

    # --- is an expression made of literals only? ------------------------------------------------
    def culprit(self, expression):
        """The first piece of `expression` that is a value, as (text, path, line); else None."""
        if not expression:
            return None
        if isinstance(expression, tuple):  # ("element", k, range) of a structured binding
            return self.element_culprit(expression[2], expression[1])
        parts = ternary(expression)
        if parts:  # the condition only picks: both branches must be literal
            return self.culprit(parts[1]) or self.culprit(parts[2])
        for operand in split_top(expression, {"+", "%", "<<"}):
            bad = self._operand(operand)
            if bad:
                return bad
        return None

    def element_culprit(self, rng, k):
        """Of {{a, b}, {c, d}} (or of a name holding such lists): the k-th of each."""
        sources = [rng]
        if len(rng) == 1 and rng[0].kind == "ident":
            sources = self.sources(rng[0].text, rng[0].index)
        if not sources or not all(isinstance(s, list) and s and s[0].text == "{"
                                  for s in sources):
            return self.culprit(rng)
        for s in sources:
            for item in split_top(s[1:matching(s, 0)], {","}):
                while item and item[0].text not in ("{", "(") and len(item) > 1:
                    item = item[1:]  # std::pair{a, b}
                if item and item[0].text in ("{", "("):
                    elements = split_top(item[1:matching(item, 0)], {","})
                    bad = self.culprit(elements[k]) if k < len(elements) else None
                else:
                    bad = self.culprit(item)
                if bad:
                    return bad
        return None

    def sources(self, name, index):
        return self.values.get((self.owner(name.split(".")[0], index), name), [])

    def field_culprit(self, expression, field):
        """The value of (`expression`).field."""
        parts = ternary(expression)
        if parts:
            return self.field_culprit(parts[1], field) or self.field_culprit(parts[2], field)
        toks = [t for t in expression if t.text not in ("const", "&", "*")]
        if not toks:
            return None
        if toks[0].text == "{":
            items = split_top(toks[1:matching(toks, 0)], {","})
            index = self.project.field_index(field)
            if index is None:
                return self.culprit(toks)
            return self.culprit(items[index]) if index < len(items) else None
        if len(toks) == 1 and toks[0].kind == "ident":
            return self.name_field_culprit(toks[0], field)
        if toks[-1].text == ")":
            k = self._open_of(toks[-1].index) - toks[0].index
            if k > 0 and toks[k - 1].kind == "ident" and toks[k - 1].text not in WRAPPERS:
                method = k > 1 and toks[k - 2].text in (".", "->", "::")
                return self.project.function_culprit(toks[k - 1].text, field, self, method)
        return self.culprit(toks)

    def name_field_culprit(self, token, field):
        owner = self.owner(token.text, token.index)

        def compute():
            own = self.values.get((owner, token.text + "." + field), [])
            whole = [e for e in self.values.get((owner, token.text), [])
                     if not isinstance(e, tuple)]
            param = owner is not None and token.text in owner.params
            if not own and not whole and not param:
                return (f"{token.text}.{field}", self.path, token.line)
            for expression in own:
                bad = self.culprit(expression)
                if bad:
                    return bad
            for expression in whole:
                bad = self.field_culprit(expression, field)
                if bad:
                    return bad
            if param:
                calls = self.project.calls(owner, self)
                if not calls:
                    return (f"{token.text}.{field}, of a parameter of {owner.name}() that "
                            f"nothing calls", self.path, token.line)
                index = owner.params[token.text]
                for f, args in calls:
                    if index < len(args) and f.field_culprit(args[index], field):
                        return (f"{token.text}.{field}, of a parameter of {owner.name}() that "
                                f"a call gives a value", self.path, token.line)
            return None
        return self.project.remember((self.path, id(owner), token.text, field), compute)

    def name_culprit(self, token):
        owner = self.owner(token.text, token.index)

        def compute():
            sources = self.values.get((owner, token.text), [])
            param = owner is not None and token.text in owner.params
            if not sources and not param:
                return (token.text, self.path, token.line)
            for expression in sources:
                bad = self.culprit(expression)
                if bad:
                    return bad
            if param and owner.name not in PASS_THROUGH:
                calls = self.project.calls(owner, self)
                if not calls:
                    return (f"{token.text}, a parameter of {owner.name}() that nothing calls",
                            self.path, token.line)
                index = owner.params[token.text]
                for f, args in calls:
                    if index < len(args) and f.culprit(args[index]):
                        return (f"{token.text}, a parameter of {owner.name}() that a call gives "
                                f"a value", self.path, token.line)
            return None
        return self.project.remember((self.path, id(owner), token.text), compute)

    def _operand(self, toks):
        toks = [t for t in toks if t.text not in ("const", "static", "auto", "&", "*")]
        while toks and toks[0].text in ("++", "--", "!", "-", "~"):
            toks = toks[1:]
        if not toks:
            return None
        head, i = toks[0], 0
        if head.kind in ("str", "chr", "num") or head.text in ("true", "false", "nullptr"):
            while i < len(toks) and toks[i].kind == "str":
                i += 1
            i = max(i, 1)
        elif head.text in ("(", "{"):
            close = matching(toks, 0)
            for part in split_top(toks[1:close], {","}):
                bad = self.culprit(part)
                if bad:
                    return bad
            i = close + 1
        elif head.kind == "ident":
            j = 0
            while j + 2 < len(toks) and toks[j + 1].text == "::" and toks[j + 2].kind == "ident":
                j += 2
            name = toks[j]
            if j + 1 < len(toks) and toks[j + 1].text == "(":
                args, close = arguments(toks, j + 1)
                if name.text in WRAPPERS:
                    # QStringList(n, "?"), QString(n, c): the count is no text
                    for a in args[-1:] if name.text in ("QStringList", "QString") else args:
                        bad = self.culprit(a)
                        if bad:
                            return bad
                else:
                    bad = self.project.function_culprit(name.text, None, self, j > 0)
                    if bad:
                        return self._allowed_or(toks[:close + 1], bad)
                i = close + 1
            elif j + 2 < len(toks) and toks[j + 1].text in (".", "->") and toks[
                    j + 2].kind == "ident" and not (j + 3 < len(toks) and toks[j + 3].text == "("):
                bad = self.name_field_culprit(name, toks[j + 2].text)
                if bad:
                    return self._allowed_or(toks[:j + 3], bad)
                i = j + 3
            else:
                k = j + 1
                if k < len(toks) and toks[k].text == "[":
                    k = matching(toks, k) + 1  # kTables[i]: as literal as the array
                method = toks[k + 1].text if k + 2 < len(toks) and toks[k].text in (
                    ".", "->") and toks[k + 2].text == "(" else None
                if method and name.text in self.queries and method not in KEEPS:
                    close = matching(toks, k + 2)  # q.value(0): read from the database
                    return self._allowed_or(toks[:close + 1], (
                        text_of(toks[:close + 1]), self.path, name.line))
                # obj.method(): the value is what the method returns, not obj itself
                bad = self.name_culprit(name) if method is None or method in KEEPS else None
                if bad:
                    return self._allowed_or(toks[:k], bad)
                i = k
        else:
            return self._allowed_or(toks, (text_of(toks), self.path, head.line))
        while i < len(toks):  # .arg(...), .join(...), conversions, methods
            t = toks[i]
            if t.text in (".", "->") and i + 2 < len(toks) and toks[i + 2].text == "(":
                method = toks[i + 1].text
                args, close = arguments(toks, i + 2)
                if method in KEEPS:
                    for a in [] if method in COUNTS else args:
                        bad = self.culprit(a)
                        if bad:
                            return bad
                else:
                    bad = self.project.function_culprit(method, None, self, True)
                    if bad:
                        return self._allowed_or(toks[:close + 1], bad)
                i = close + 1
            elif t.text == "[":
                i = matching(toks, i) + 1
            else:
                return self._allowed_or(toks, (text_of(toks), self.path, t.line))
        return None

    def _allowed_or(self, toks, bad):
        """None when a sql-identifier comment names this piece; else the culprit, shown
        as the piece here when it came from further away."""
        text = text_of(toks)
        line = toks[0].line
        for n in range(line - 3, toks[-1].line + 1):
            for name in self.markers.get(n, ()):
                if re.match(re.escape(name) + r"(\.|->|\(|\[|$)", text):
                    self.allowed.add((self.path, n, name))
                    return None
        origin = bad[3] if len(bad) > 3 else bad
        if origin[2] == 0 or (origin[0], origin[1], origin[2]) == (text, self.path, line):
            origin = (text, self.path, line)
        return (text, self.path, line, origin)

    # --- where SQL goes in ----------------------------------------------------------------------
    def _queries(self):
        """Names of the file's queries and connections."""
        toks, names = self.tokens, set()
        for i, t in enumerate(toks[:-2]):
            if t.text in QUERY_TYPES:
                j = i + 1
                while j < len(toks) - 1 and toks[j].text in ("&", "*", "const", ">"):
                    j += 1
                if toks[j].kind == "ident":
                    names.add(toks[j].text)
        return names

    def sinks(self):
        toks, queries = self.tokens, self.queries
        for i, t in enumerate(toks[:-1]):
            if t.kind != "ident" or toks[i + 1].text != "(":
                continue
            prev = toks[i - 1].text if i else ""
            args, close = arguments(toks, i + 1)
            sql = None
            if prev in (".", "->") and t.text in ("prepare", "exec", "get") and args:
                receiver = toks[i - 2] if i > 1 else None
                if receiver is not None and receiver.text == ")":  # QSqlQuery(db).exec(...)
                    k = self._open_of(i - 2)
                    receiver = toks[k - 1] if k else None
                if receiver is not None and (receiver.text in queries or
                                             receiver.text in QUERY_TYPES or
                                             receiver.text in ("connection", "database") or
                                             t.text == "prepare"):
                    sql = args[0]
            elif t.text in SINK_FUNCTIONS and prev not in (".", "->"):
                if t.text != "run" or (i > 1 and toks[i - 2].text == "Sql"):
                    index = SINK_FUNCTIONS[t.text]
                    sql = args[index] if len(args) > index else None
            elif len(args) >= 2 and (prev in SINK_TYPES or t.text in SINK_TYPES) and prev != "::":
                declaration = any(len(a) >= 2 and (a[-1].kind == "ident" and (
                    a[-2].kind == "ident" or a[-2].text in ("&", "*"))) for a in args)
                if not declaration:
                    sql = args[SINK_TYPES[prev if prev in SINK_TYPES else t.text]]
            if sql:
                yield t, sql

    def run(self):
        findings = []
        for sink, sql in self.sinks():
            bad = self.culprit(sql)
            if bad:
                text, path, line = bad[:3]
                origin = bad[3] if len(bad) > 3 else bad
                where = f" (line {line})" if line != sink.line else ""
                if origin[0].startswith(text + ", "):
                    where += ", " + origin[0][len(text) + 2:]
                elif origin[0] != text:
                    place = f"{origin[1]}:{origin[2]}" if origin[1] != self.path else \
                        f"line {origin[2]}"
                    where += f", which comes from `{origin[0]}` ({place})"
                findings.append(
                    f"{self.path}:{sink.line}: SQL built from the value `{text}`{where}: "
                    f"bind it (? and bindValue); an identifier from a fixed list is allowed "
                    f"by a `// sql-identifier: NAME why` comment at the place")
        return findings


def sources(folders):
    for folder in folders:
        if os.path.isfile(folder):
            yield folder
        for root, _, files in os.walk(folder):
            for name in sorted(files):
                if name.endswith((".cpp", ".h")):
                    yield os.path.join(root, name)


def check(paths):
    project = Project()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            project.add(os.path.relpath(path), f.read())
    project.finish()
    findings, allowed = [], set()
    for f in project.files:
        findings += f.run()
        allowed |= f.allowed
    return findings, allowed


def self_test(folder):
    """Each file alone: every bad_*.cpp must be caught, no good_*.cpp."""
    failures = 0
    for path in sources([folder]):
        findings, _ = check([path])
        name = os.path.basename(path)
        if name.startswith("bad_") and not findings:
            print(f"{path}: the planted concatenation was not caught")
            failures += 1
        elif name.startswith("good_") and findings:
            print("\n".join(findings))
            failures += 1
        else:
            print(f"{path}: " + (f"caught: {findings[0]}" if findings else "clean"))
    return 1 if failures else 0


def main(argv):
    if len(argv) == 3 and argv[1] == "--self-test":
        return self_test(argv[2])
    if len(argv) < 2:
        print(__doc__)
        return 2
    paths = list(sources(argv[1:]))
    findings, allowed = check(paths)
    for path, line, name in sorted(allowed):
        print(f"{path}:{line}: allowed identifier `{name}`")
    if findings:
        print("\n".join(findings))
    print(f"{len(paths)} files checked: {len(findings)} SQL statement(s) built from values, "
          f"{len(allowed)} identifier(s) allowed")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
