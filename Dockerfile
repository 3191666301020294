# syntax=docker/dockerfile:1
# Build: docker build -t digital-employee .
# Run:   docker run -p 8000:8000 -v de-data:/data -e DE_ADMIN_KEY=... digital-employee

FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
RUN python -m venv /opt/venv
COPY pyproject.toml README.md ./
COPY core core
COPY storage storage
COPY tools tools
COPY agent agent
COPY services services
COPY api api
COPY cli cli
COPY evals evals
COPY prompts prompts
RUN /opt/venv/bin/pip install --upgrade pip && /opt/venv/bin/pip install .

FROM python:3.11-slim AS runtime
ENV PATH=/opt/venv/bin:$PATH PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    DE_DATABASE_URL=sqlite:////data/de.db
RUN groupadd --system de && useradd --system --gid de --home-dir /app --no-create-home de \
    && mkdir -p /data /app && chown de:de /data /app
COPY --from=build /opt/venv /opt/venv
WORKDIR /app
USER de
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status == 200 else 1)"
CMD ["digital-employee", "serve", "--host", "0.0.0.0", "--port", "8000"]
