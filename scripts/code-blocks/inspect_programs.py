#!/usr/bin/env python3
"""Part of `npm run content:test-code` (scripts/content-test-code.ts).

    python3 scripts/code-blocks/inspect_programs.py FOLDER...

Each FOLDER holds one chapter's programs, written at their titled paths. For every .py file
it prints, as one JSON object keyed by the path inside its folder:
  syntax_error  "line N: message", or null when the file compiles;
  missing       the top-level modules it needs, directly or through the chapter's other
                programs it imports, that neither this python3 nor the chapter provides
                (imports guarded by `except ImportError` do not count), so the caller can
                say why a program cannot run here.
Launch files (*.launch.py) resolve `launch`/`launch_ros` against the test doubles in
tests/support/fake_ros/, as they are run against them.
"""
import ast
import importlib.machinery
import json
import os
import sys

sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FAKE_ROS = os.path.join(ROOT, 'tests', 'support', 'fake_ros')


def search_path(folder):
    """The chapter folder and every folder holding one of its programs: a program finds its siblings."""
    dirs = {folder}
    for here, _, files in os.walk(folder):
        if any(name.endswith('.py') for name in files):
            while here.startswith(folder):
                dirs.add(here)
                here = os.path.dirname(here)
    return sorted(dirs)


IMPORT_ERRORS = {'ImportError', 'ModuleNotFoundError', 'Exception'}


def catches_import_error(node):
    for handler in node.handlers:
        if handler.type is None:
            return True
        names = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
        if any(getattr(name, 'id', '') in IMPORT_ERRORS for name in names):
            return True
    return False


def imported_modules(tree):
    """Dotted names of absolute imports (`from a import b` gives a and a.b, b may be a module),
    except those in a `try:` that catches ImportError."""
    found = set()

    def walk(node, guarded):
        if isinstance(node, ast.Import) and not guarded:
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module and not guarded:
            found.add(node.module)
            found.update(f'{node.module}.{alias.name}' for alias in node.names)
        if isinstance(node, ast.Try) and catches_import_error(node):
            for child in node.body:
                walk(child, True)
            for child in node.handlers + node.orelse + node.finalbody:
                walk(child, guarded)
            return
        for child in ast.iter_child_nodes(node):
            walk(child, guarded)

    walk(tree, False)
    return found


def available(module, paths):
    if module in sys.builtin_module_names:
        return True
    return importlib.machinery.PathFinder.find_spec(module, paths + sys.path) is not None


def local_file(dotted, paths):
    """The chapter's file that `import dotted` would load, if any."""
    parts = dotted.split('.')
    for base in paths:
        for candidate in (os.path.join(base, *parts) + '.py', os.path.join(base, *parts, '__init__.py')):
            if os.path.isfile(candidate):
                return candidate
    return None


def inspect(folder):
    paths = search_path(folder)
    files = {}
    for here, _, names in os.walk(folder):
        for name in sorted(names):
            if name.endswith('.py'):
                path = os.path.join(here, name)
                with open(path, encoding='utf-8') as f:
                    source = f.read()
                try:
                    files[path] = (None, ast.parse(source, filename=path))
                except SyntaxError as err:
                    files[path] = (f'line {err.lineno}: {err.msg}', None)

    def needs(path, seen):
        """Modules missing for `path` and the chapter files it imports."""
        if path in seen or files[path][1] is None:
            return set()
        seen.add(path)
        own = paths + ([FAKE_ROS] if path.endswith('.launch.py') else [])
        missing = set()
        for dotted in imported_modules(files[path][1]):
            local = local_file(dotted, paths)
            if local is not None:
                missing |= needs(local, seen)
            top = dotted.split('.')[0]
            if not available(top, own):
                missing.add(top)
        return missing

    return {
        os.path.relpath(path, folder): {'syntax_error': error, 'missing': sorted(needs(path, set()))}
        for path, (error, _) in files.items()
    }


if __name__ == '__main__':
    print(json.dumps({folder: inspect(folder) for folder in sys.argv[1:]}))
