# Sourced by demo.sh and test.sh: create .venv with Python 3.11 and install the project
# with the extras given in $EXTRAS; the install log is shown only when it fails.
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null || PY=python3
[ -x .venv/bin/python ] || "$PY" -m venv .venv
if ! .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[$EXTRAS]" >.venv/install.log 2>&1; then
    cat .venv/install.log; exit 1
fi
