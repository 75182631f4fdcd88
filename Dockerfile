# A small static image of the operator (and asoctl, without its playground). Builds with musl on
# Alpine, runs on distroless as a non-root user with a read-only root filesystem. Neither binary
# links a simulator (`tests/tests/e2e/dependencies.rs` checks it).
FROM rust:1.95-alpine AS build
RUN apk add --no-cache build-base
WORKDIR /src
COPY . .
RUN cargo build --release --locked -p aso-operator --bin aso-operator \
 && cargo build --release --locked -p aso-ctl --no-default-features --bin asoctl

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /src/target/release/aso-operator /usr/local/bin/aso-operator
COPY --from=build /src/target/release/asoctl /usr/local/bin/asoctl
USER 65532:65532
ENTRYPOINT ["/usr/local/bin/aso-operator"]
