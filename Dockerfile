# A small static image of the operator (and asoctl). Builds with musl on Alpine, runs on
# distroless as a non-root user with a read-only root filesystem.
FROM rust:1.95-alpine AS build
RUN apk add --no-cache build-base
WORKDIR /src
COPY . .
RUN cargo build --release --locked -p aso-operator --bin aso-operator --bin asoctl

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /src/target/release/aso-operator /usr/local/bin/aso-operator
COPY --from=build /src/target/release/asoctl /usr/local/bin/asoctl
USER 65532:65532
ENTRYPOINT ["/usr/local/bin/aso-operator"]
