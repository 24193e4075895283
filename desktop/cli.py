"""The ``casefile`` command: every job of the app, headless.

Exit codes: 0 ok; 1 bad input (one line "PATH: what is wrong", no traceback);
2 usage (argparse's own); 3 the library refused (busy, read-only, full disk).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.casefile.bundle import EXTENSION, read_bundle, write_bundle
from desktop.casefile.errors import InvalidInput
from desktop.casefile.model import Case

COMMANDS = ("open", "import", "export", "validate", "info", "list", "search", "extract", "remove")
RAW_SUFFIXES = (".md", ".markdown", ".txt", ".text", ".html", ".htm")
EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_LIBRARY = 0, 1, 2, 3


def _every_incident_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--every-incident", action="store_true",
                   help="of a raw report, keep every incident the rules find, also those the likelihood model finds "
                        "unlikely")


def _library(args: argparse.Namespace):
    from desktop.store.library import Library

    return Library(args.library)


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def is_raw_report(path: str | os.PathLike[str]) -> bool:
    return Path(path).suffix.lower() in RAW_SUFFIXES


def extract_file(path: str | os.PathLike[str], *, report_date: dt.date | None = None, title: str | None = None,
                 on_progress=None, is_cancelled=None, every_incident: bool = False) -> Case:
    """Run the extraction pipeline over a raw report file; ``every_incident`` keeps the incidents the
    likelihood model would leave out."""
    from desktop import jobs
    from desktop.extract.pipeline import extract

    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InvalidInput(exc.strerror or "cannot read the file", path=str(p)) from None
    try:
        job = extract(raw, filename=p.name, report_date=report_date, title=title, weigh_incidents=not every_incident)
        return jobs.run(job, on_progress, is_cancelled)
    except InvalidInput as exc:
        exc.path = exc.path or str(p)
        raise


def load_any(target: str, args: argparse.Namespace) -> Case:
    """A case from a .casefile path, or by id from the library."""
    if target.endswith(EXTENSION) or Path(target).is_file():
        return read_bundle(target)
    lib = _library(args)
    try:
        if not lib.has_case(target):
            raise InvalidInput("no such case file, and no case with this id in the library", path=target)
        return lib.load_case(target)
    finally:
        lib.close()


# -- commands ---------------------------------------------------------------------------


def cmd_validate(args: argparse.Namespace) -> int:
    status = EXIT_OK
    for path in args.paths:
        try:
            case = read_bundle(path)
        except InvalidInput as exc:
            _out(f"INVALID {exc}")
            status = EXIT_INPUT
        else:
            _out(f"ok {path}: {case.info.title} ({len(case.claims)} claims, {len(case.incidents)} incidents)")
    return status


def _summary(case: Case) -> dict[str, Any]:
    return {
        "id": case.info.id,
        "title": case.info.title,
        "report_date": case.info.report_date,
        "created": case.info.created,
        "modified": case.info.modified,
        "documents": [{"id": d.id, "title": d.title, "characters": len(d.text)} for d in case.documents],
        "counts": {name: len(getattr(case, name)) for name in
                   ("entities", "mentions", "incidents", "sources", "claims", "assessments", "notes")},
    }


def cmd_info(args: argparse.Namespace) -> int:
    case = load_any(args.case, args)
    info = _summary(case)
    if args.json:
        _out(json.dumps(info, indent=1, ensure_ascii=False))
        return EXIT_OK
    _out(f"{info['title']}  [{info['id']}]")
    _out(f"report date {info['report_date'] or '—'} · created {info['created']} · modified {info['modified']}")
    for d in info["documents"]:
        _out(f"document {d['id']}: {d['title']} ({d['characters']} characters)")
    _out(" · ".join(f"{v} {k}" for k, v in info["counts"].items()))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    lib = _library(args)
    try:
        for path in args.paths:
            if is_raw_report(path):
                case = extract_file(path, report_date=args.report_date, title=args.title,
                                    on_progress=_progress_printer(args), every_incident=args.every_incident)
            else:
                case = read_bundle(path)
            result = lib.import_case(case)
            extra = f", {len(result.conflicts)} differing items kept as they were" if result.conflicts else ""
            _out(f"{result.status} {result.case_id}: {case.info.title} (+{result.added} items{extra})")
            if result.status == "merged":
                _out(_merge_report(lib, result.case_id, result.offered))
    finally:
        lib.close()
    return EXIT_OK


def _merge_report(lib: Any, case_id: str, offered: int) -> str:
    """What a colleague's export brought that needs the analyst: corrections and disagreements."""
    from desktop.casefile.assess import disagreements

    pending = lib.pending_changes(case_id)
    found = disagreements(lib.load_case(case_id))
    lines = [f"merge: {offered} new correction(s) offered, {len(pending)} awaiting review, "
             f"{len(found)} rating disagreement(s)"]
    lines += [f"  offered: {change.describe()}" for change in pending[:20]]
    lines += [f"  disagree: {d.target_kind} {d.target}: " + ", ".join(f"{a} {g}" for a, g in d.grades.items())
              for d in found[:20]]
    return "\n".join(lines)


def _progress_printer(args: argparse.Namespace):
    """A progress callback for ``--progress`` (a bar on stderr) or ``--progress=lines``.

    The line form (``PROGRESS done total message``) is what the GUI reads when it runs a
    long job in a child process (see ``desktop.jobs.subprocess_job``).
    """
    mode = getattr(args, "progress", None)
    if not mode:
        return None
    if mode == "lines":

        def emit(done: int, total: int, message: str) -> None:
            sys.stderr.write(f"PROGRESS {done} {total} {message.replace(chr(10), ' ')}\n")
            sys.stderr.flush()

        return emit

    def show(done: int, total: int, message: str) -> None:
        sys.stderr.write(f"\r{done}/{total} {message[:60]:60}")
        if done >= total:
            sys.stderr.write("\n")

    return show


def cmd_export(args: argparse.Namespace) -> int:
    from desktop import jobs
    from desktop.export import EXPORT_JOBS, EXPORTERS

    if args.format not in EXPORTERS:
        sys.stderr.write(f"casefile export: unknown format {args.format!r}; known: {', '.join(sorted(EXPORTERS))}\n")
        return EXIT_USAGE
    case = load_any(args.case, args)
    job = EXPORT_JOBS.get(args.format)
    if job is not None:
        jobs.run(job(case, args.output), _progress_printer(args))
    else:
        EXPORTERS[args.format](case, args.output)
    _out(f"wrote {args.output} ({args.format})")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    lib = _library(args)
    try:
        rows = lib.list_cases()
    finally:
        lib.close()
    if args.json:
        _out(json.dumps(rows, indent=1, ensure_ascii=False))
        return EXIT_OK
    if not rows:
        _out(f"the library {lib.path} holds no cases yet")
    for r in rows:
        _out(f"{r['id']}  {r['report_date'] or '          '}  {r['title']}  "
             f"({r['claims']} claims, {r['incidents']} incidents, {r['assessments']} ratings)")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    lib = _library(args)
    try:
        hits = lib.search(args.query, limit=args.limit)
    finally:
        lib.close()
    if args.json:
        _out(json.dumps(hits, indent=1, ensure_ascii=False))
        return EXIT_OK
    for h in hits:
        _out(f"{h['case_id']}  {h['kind']} {h['item_id']}  {h['case_title']}: {h['snippet']}")
    if not hits:
        _out("no matches")
    return EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    lib = _library(args)
    try:
        if not lib.has_case(args.case):
            raise InvalidInput("no such case in the library", path=args.case)
        lib.remove_case(args.case)
    finally:
        lib.close()
    _out(f"removed {args.case}")
    return EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    case = extract_file(args.report, report_date=args.report_date, title=args.title,
                        on_progress=_progress_printer(args), every_incident=args.every_incident)
    if args.format == "eval-json":
        from desktop.extract.pipeline import to_eval_json

        text = json.dumps(to_eval_json(case), indent=1, ensure_ascii=False) + "\n"
        if args.output:
            from desktop.casefile.bundle import atomic_write

            atomic_write(args.output, text.encode("utf-8"))
        else:
            sys.stdout.write(text)
        return EXIT_OK
    out = args.output or str(Path(args.report).with_suffix(EXTENSION))
    write_bundle(case, out)
    _out(f"wrote {out}: {len(case.entities)} entities, {len(case.incidents)} incidents, {len(case.claims)} claims")
    return EXIT_OK


def cmd_open(args: argparse.Namespace) -> int:
    from desktop.app import run_gui

    return run_gui(args)


# -- parser -----------------------------------------------------------------------------


def _progress_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--progress", nargs="?", const="bar", choices=("bar", "lines"), default=None,
                        help="show progress on stderr (lines: one 'PROGRESS done total message' per step)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casefile",
        description="Casefile Reader: read, rate and export case files about armed violence, offline.",
    )
    parser.add_argument("--version", action="version", version=f"casefile {__version__}")
    parser.add_argument("--library", metavar="PATH", default=None,
                        help="library file to use (default: $CASEFILE_LIBRARY or the user data folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("open", help="open the app (on PATH if given)")
    p.add_argument("path", nargs="?")
    p.add_argument("--screenshot", metavar="OUT.png", help="render the window to a PNG and exit")
    p.add_argument("--select", metavar="KIND:ID", help="select claim:ID, incident:ID or entity:ID first")
    p.add_argument("--size", default="1440x900", help="window size for --screenshot (default 1440x900)")
    p.add_argument("--theme", choices=("system", "light", "dark"), default=None)
    p.add_argument("--smoke", action="store_true", help="open the sample case offscreen and exit 0 if it worked")
    p.set_defaults(func=cmd_open)

    p = sub.add_parser("import", help="add case files or raw reports to the library")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--report-date", type=_date, default=None, help="date of a raw report, YYYY-MM-DD")
    p.add_argument("--title", default=None)
    _every_incident_option(p)
    _progress_option(p)
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="export a case (an id in the library or a .casefile path)")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--format", "-f", default="casefile")
    p.add_argument("-o", "--output", required=True, metavar="OUT")
    _progress_option(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("validate", help="check case files; exit 1 if any is invalid")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("info", help="describe a case (a .casefile path or a case id)")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("list", help="list the cases in the library")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("search", help="full-text search over every case's reports and claims")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("remove", help="remove a case from the library")
    p.add_argument("case", metavar="CASE_ID")
    p.set_defaults(func=cmd_remove)

    p = sub.add_parser("extract", help="turn a raw report (.md, .txt, .html) into a case file")
    p.add_argument("report", metavar="REPORT")
    p.add_argument("--report-date", type=_date, default=None, help="the report's date, YYYY-MM-DD")
    p.add_argument("--title", default=None)
    p.add_argument("--format", choices=("casefile", "eval-json"), default="casefile")
    p.add_argument("-o", "--output", default=None, metavar="OUT")
    _every_incident_option(p)
    _progress_option(p)
    p.set_defaults(func=cmd_extract)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # `casefile [PATH]` and bare `casefile` open the app.
    first = next((a for i, a in enumerate(argv) if not a.startswith("-")
                  and (i == 0 or argv[i - 1] != "--library")), None)
    if first is None or first not in COMMANDS:
        head = []
        if "--library" in argv:
            i = argv.index("--library")
            head = argv[i : i + 2]
            argv = argv[:i] + argv[i + 2 :]
        argv = [*head, "open", *argv] if not any(a in ("-h", "--help", "--version") for a in argv) else [*head, *argv]
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    from desktop.store.library import LibraryError

    try:
        return args.func(args)
    except InvalidInput as exc:
        _out_err(f"{exc}")
        return EXIT_INPUT
    except LibraryError as exc:
        _out_err(f"library: {exc}")
        return EXIT_LIBRARY
    except KeyboardInterrupt:
        _out_err("interrupted")
        return 130


def _out_err(text: str) -> None:
    sys.stderr.write(text.replace("\n", " ") + "\n")


if __name__ == "__main__":
    sys.exit(main())
