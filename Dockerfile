# A small static image of the operator (and asoctl, without its playground). Builds with musl on
# Alpine, runs on distroless as a non-root user with a read-only root filesystem. Neither binary
# links a simulator (`tests/tests/e2e/dependencies.rs` checks it).
#
# Base images are pinned by digest, so a rebuild uses the same bits. The digests are the ones
# public Dockerfiles pin for these tags (rust:1.95-alpine; distroless static-debian12:nonroot as
# of 2026-08-26); they were not pulled from this workspace. To refresh, resolve the tags again:
#   crane digest rust:1.95-alpine
#   crane digest gcr.io/distroless/static-debian12:nonroot
# (or `docker buildx imagetools inspect <image>`), and replace the `@sha256:` parts.
FROM rust:1.95-alpine@sha256:606fd313a0f49743ee2a7bd49a0914bab7deedb12791f3a846a34a4711db7ed2 AS build
RUN apk add --no-cache build-base
WORKDIR /src
COPY . .
RUN cargo build --release --locked -p aso-operator --bin aso-operator \
 && cargo build --release --locked -p aso-ctl --no-default-features --bin asoctl

FROM gcr.io/distroless/static-debian12:nonroot@sha256:afa5c872c891853ca7fcf1f12c3edb23f7eeef36189728842dd51042ff57f7ab
COPY --from=build /src/target/release/aso-operator /usr/local/bin/aso-operator
COPY --from=build /src/target/release/asoctl /usr/local/bin/asoctl
USER 65532:65532
ENTRYPOINT ["/usr/local/bin/aso-operator"]
