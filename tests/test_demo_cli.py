"""python main.py demo-data and --demo: fills, reports, refuses bad input, Ctrl+C cancels."""

from __future__ import annotations

import io
import os
import signal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import URL, func, select

from cli import demo_commands
from cli.demo_commands import TextProgress
from cli.main import EXIT_USER_ERROR, main
from db.models import Appeal, Customer
from workstation.database import connect
from workstation.demo_data import STAGE_CUSTOMERS, DemoReport, fill_demo_data


def run(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    return main(argv)


def url_text(url: URL) -> str:
    return url.render_as_string(hide_password=False)


def counts(url: URL) -> tuple[int, int]:
    database = connect(url)
    try:
        with database.sessions() as session:
            customers = session.scalar(select(func.count()).select_from(Customer))
            appeals = session.scalar(select(func.count()).select_from(Appeal))
    finally:
        database.close()
    return int(customers or 0), int(appeals or 0)


def test_demo_data_fills_the_database_and_says_what_it_added(
    database_url: URL, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--database", url_text(database_url), "demo-data", "--customers", "30",
            "--appeals", "15", "--seed", "3"]
    assert run(argv, monkeypatch) == 0
    out, err = capsys.readouterr()
    assert "Готово" in out and "потребителей 30" in out and "обращений 15" in out
    assert "operator / operator-demo" in out  # the demo logins, when they were added
    # Not a terminal: plain progress lines, no carriage returns.
    assert "Потребители: 100 % (30 из 30)" in err and "\r" not in err
    assert counts(database_url) == (30, 15)


def test_demo_data_creates_and_migrates_a_new_sqlite_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "new" / "demo.sqlite3"
    assert run(["--database", str(path), "demo-data", "--customers", "5", "--appeals", "0"],
               monkeypatch) == 0
    assert counts(URL.create("sqlite", database=str(path))) == (5, 0)


def test_the_demo_option_uses_the_demo_file_in_the_data_folder(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--demo", "demo-data", "--customers", "3", "--appeals", "2"], monkeypatch) == 0
    path = Path(os.environ["XDG_DATA_HOME"]) / "workstation" / "demo.sqlite3"
    assert path.is_file()
    assert counts(URL.create("sqlite", database=str(path))) == (3, 2)


@pytest.mark.parametrize(("option", "value", "words"), [
    ("--customers", "-5", "--customers: число не может быть отрицательным"),
    ("--appeals", "много", "--appeals: «много» — не целое число"),
    ("--customers", "100000000", "Не больше 10 000 000 потребителей"),
    ("--seed", "1.5", "--seed: «1.5» — не целое число"),
])
def test_bad_input_is_refused_in_russian_before_touching_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    option: str, value: str, words: str,
) -> None:
    path = tmp_path / "never.sqlite3"
    assert run(["--database", str(path), "demo-data", option, value],
               monkeypatch) == EXIT_USER_ERROR
    err = capsys.readouterr().err
    assert err.startswith("Ошибка: ") and words in err and "Traceback" not in err
    assert not path.exists()


def test_ctrl_c_stops_after_the_current_batch(
    database_url: URL, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def fill_then_ctrl_c(*args: Any, **kwargs: Any) -> DemoReport:
        progress = kwargs["progress"]

        def pressing_ctrl_c(done: int, total: int, stage: str) -> bool:
            if stage == STAGE_CUSTOMERS and done == 10:
                signal.raise_signal(signal.SIGINT)  # the person presses Ctrl+C now
            return bool(progress(done, total, stage))

        kwargs.update(progress=pressing_ctrl_c, batch_size=10)
        return fill_demo_data(*args, **kwargs)

    monkeypatch.setattr(demo_commands, "fill_demo_data", fill_then_ctrl_c)
    previous = signal.getsignal(signal.SIGINT)
    code = run(["--database", url_text(database_url), "demo-data", "--customers", "40",
                "--appeals", "5"], monkeypatch)
    assert code == 130
    assert "Прервано" in capsys.readouterr().err
    assert counts(database_url) == (10, 0)
    assert signal.getsignal(signal.SIGINT) == previous  # the handler is put back


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_redraws_one_line_on_a_terminal() -> None:
    stream = FakeTerminal()
    bar = TextProgress(stream)
    for done in (0, 500, 500, 1000):
        assert bar(done, 1000, STAGE_CUSTOMERS)
    bar.finish()
    text = stream.getvalue()
    assert text.count("\r") == 3  # the repeated value is not drawn again
    assert "Потребители" in text and "100 %" in text and text.endswith("\n")
    bar.cancelled = True
    assert not bar(1000, 1000, STAGE_CUSTOMERS)


def test_demo_logins_added_beside_real_people_are_pointed_out(
    database_url: URL, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = url_text(database_url)
    monkeypatch.setattr("sys.stdin", io.StringIO("надёжный-пароль\n"))
    assert main(["--database", url, "user", "add", "petrova", "--name", "Петрова Анна",
                 "--role", "admin"]) == 0
    capsys.readouterr()
    assert run(["--database", url, "demo-data", "--customers", "2", "--appeals", "0"],
               monkeypatch) == 0
    err = capsys.readouterr().err
    assert "Внимание" in err and "user disable" in err
