# One image with both programs: the API (default) and the ingest job.
# Build: docker build -t bilateral .   (see docker-compose.yml)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/ ./cmd/api ./cmd/ingest

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/api /out/ingest /usr/local/bin/
COPY seeds /seeds
ENV API_ADDR=0.0.0.0:8080
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/api"]
