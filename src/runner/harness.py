# Runs a learner's code and the question's test cases inside Pyodide. Loaded once per runtime;
# every run gets a fresh namespace. Results go back to JavaScript as JSON.
import io
import json
import linecache
import math
import sys
import traceback

_USER_FILES = ("<your code>", "<test>")
_MAX_REPR = 2000


def _bridge_same(actual, expected):
    """Equality for test cases: floats within a relative 1e-6, containers compared item by item."""
    if isinstance(actual, bool) or isinstance(expected, bool):
        return type(actual) is type(expected) and actual == expected
    numbers = (int, float)
    if isinstance(actual, numbers) and isinstance(expected, numbers):
        if isinstance(actual, float) or isinstance(expected, float):
            if math.isnan(actual) or math.isnan(expected):
                return math.isnan(actual) and math.isnan(expected)
            return math.isclose(actual, expected, rel_tol=1e-6, abs_tol=1e-9)
        return actual == expected
    if type(actual) is not type(expected):
        return False
    if isinstance(actual, (list, tuple)):
        return len(actual) == len(expected) and all(_bridge_same(a, e) for a, e in zip(actual, expected))
    if isinstance(actual, dict):
        return actual.keys() == expected.keys() and all(_bridge_same(actual[k], expected[k]) for k in actual)
    return actual == expected


def _bridge_repr(value):
    text = repr(value)
    return text if len(text) <= _MAX_REPR else text[:_MAX_REPR] + "…"


def _bridge_error(error):
    """The traceback from the learner's own code down, without the harness's frames."""
    tb = error.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename not in _USER_FILES:
        tb = tb.tb_next
    return "".join(traceback.format_exception(type(error), error, tb))


def _bridge_run(code, cases_json):
    cases = json.loads(cases_json)
    linecache.cache["<your code>"] = (len(code), None, code.splitlines(True), "<your code>")
    namespace = {"__name__": "__main__"}
    saved = sys.stdout
    out = sys.stdout = io.StringIO()
    try:
        exec(compile(code, "<your code>", "exec"), namespace)
    except BaseException as error:  # noqa: BLE001 - the learner's code may raise anything
        return json.dumps({"error": _bridge_error(error), "stdout": out.getvalue(), "cases": []})
    finally:
        sys.stdout = saved

    results = []
    for case in cases:
        out = sys.stdout = io.StringIO()
        try:
            actual = eval(compile(case["expression"], "<test>", "eval"), namespace)
            expected = eval(compile(case["expected"], "<expected>", "eval"), namespace)
            results.append({
                "passed": _bridge_same(actual, expected),
                "actual": _bridge_repr(actual),
                "expected": _bridge_repr(expected),
                "stdout": out.getvalue(),
                "error": None,
            })
        except BaseException as error:  # noqa: BLE001
            results.append({"passed": False, "actual": None, "expected": case["expected"], "stdout": out.getvalue(), "error": _bridge_error(error)})
        finally:
            sys.stdout = saved
    return json.dumps({"error": None, "stdout": "", "cases": results})
