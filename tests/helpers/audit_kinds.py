"""Which audit actions and object types the code writes, read from its `audit.record(` calls.

The action is the call's second argument: a literal, a conditional of literals, a local variable
assigned literals, or a parameter of the enclosing function whose callers pass literals (as in
auth.py's ``audit("login.success")``). Anything else is reported as unresolved, so that a new
kind can never slip past the audit pane's labels (tests/test_ui_audit_pane.py).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef


@dataclass
class AuditKinds:
    actions: dict[str, str] = field(default_factory=dict)  # action → where it is written
    object_types: dict[str, str] = field(default_factory=dict)
    unresolved: list[str] = field(default_factory=list)


def audit_kinds(*folders: Path) -> AuditKinds:
    found = AuditKinds()
    for folder in folders:
        for path in sorted(folder.rglob("*.py")):
            _scan(path, found)
    return found


def _scan(path: Path, found: AuditKinds) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}

    def enclosing(node: ast.AST) -> FunctionNode | None:
        while node in parents:
            node = parents[node]
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                return node
        return None

    def resolve(expr: ast.expr, depth: int = 0) -> set[str] | None:
        if depth > 5:
            return None
        if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
            return {expr.value}
        if isinstance(expr, ast.IfExp):
            body, orelse = resolve(expr.body, depth + 1), resolve(expr.orelse, depth + 1)
            return body | orelse if body is not None and orelse is not None else None
        if isinstance(expr, ast.Name):
            function = enclosing(expr)
            return None if function is None else from_name(function, expr.id, depth)
        return None

    def from_name(function: FunctionNode, name: str, depth: int) -> set[str] | None:
        values: set[str] = set()
        assigned = [node.value for node in ast.walk(function) if isinstance(node, ast.Assign)
                    and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)]
        for value in assigned:
            resolved = resolve(value, depth + 1)
            if resolved is None:
                return None
            values |= resolved
        if assigned:
            return values
        params = [arg.arg for arg in function.args.args]
        if name not in params:
            return None
        position = params.index(name) - (1 if params[0] in ("self", "cls") else 0)
        calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call) and (
            (isinstance(node.func, ast.Name) and node.func.id == function.name)
            or (isinstance(node.func, ast.Attribute) and node.func.attr == function.name))]
        if not calls:
            return None
        for call in calls:
            argument = next((k.value for k in call.keywords if k.arg == name), None)
            if argument is None:
                if position >= len(call.args):
                    return None
                argument = call.args[position]
            resolved = resolve(argument, depth + 1)
            if resolved is None:
                return None
            values |= resolved
        return values

    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "record" and len(node.args) >= 2
                and "audit" in ast.unparse(node.func.value).lower()):
            continue
        where = f"{path.name}:{node.lineno}"
        actions = resolve(node.args[1])
        if actions is None:
            found.unresolved.append(where)
        else:
            for action in actions:
                found.actions.setdefault(action, where)
        for keyword in node.keywords:
            if keyword.arg == "object_type":
                types = resolve(keyword.value)
                if types is None:
                    found.unresolved.append(f"{where} (object_type)")
                else:
                    for kind in types:
                        found.object_types.setdefault(kind, where)
