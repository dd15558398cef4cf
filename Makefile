# Everything a developer or CI needs, from a fresh clone with only Python 3 and make.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
DEMO := demo_site
PORT ?= 8000

.PHONY: demo serve test lint bench screenshots tools dist clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(INSTALLED): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(INSTALLED)

demo: $(INSTALLED)
	$(PY) -m pelican $(DEMO)/content -s $(DEMO)/pelicanconf.py -o $(DEMO)/output
	@echo "Demo built: open $(DEMO)/output/index.html, or run 'make serve'."

serve: demo
	@echo "Serving $(DEMO)/output on http://127.0.0.1:$(PORT)/"
	$(PY) -m http.server --bind 127.0.0.1 --directory $(DEMO)/output $(PORT)

test: $(INSTALLED)
	$(PY) -m pytest $(PYTEST_ARGS)

bench: $(INSTALLED)
	$(PY) tests/bench.py $(BENCH_ARGS)

# The Nu HTML Checker for the validation tests (needs npm, and Java to run).
tools:
	npm install --prefix .tools --no-save --no-audit --no-fund vnu-jar@26

screenshots: demo
	$(PY) $(DEMO)/screenshots.py

# A source distribution and a wheel in dist/, to install elsewhere with pip.
dist: $(INSTALLED)
	rm -rf dist
	$(PY) -m build --outdir dist .
	@ls dist

lint: $(INSTALLED)
	$(PY) -m ruff check pelican_talks tests $(DEMO)/*.py
	$(PY) -m ruff format --check pelican_talks tests $(DEMO)/*.py

clean:
	rm -rf $(VENV) .tools $(DEMO)/output build dist *.egg-info
