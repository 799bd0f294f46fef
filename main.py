"""python main.py [--database URL] [КОМАНДА …] — see README.md."""

from cli.main import main

if __name__ == "__main__":
    raise SystemExit(main())
