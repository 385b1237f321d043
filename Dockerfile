# Rapport as a container: build the jar with Maven, run it on a small JRE.
#   docker build -t rapport .
#   docker run --rm rapport replay --demo                       # the offline demo, no token needed
#   docker run -d -e DISCORD_TOKEN=... -v rapport-data:/data rapport run   # the live bot, state kept in a volume
#   docker compose up -d                                        # PostgreSQL and two bot processes (compose.yaml)
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY rules/pom.xml rules/
COPY bot/pom.xml bot/
COPY bench/pom.xml bench/
# Dependencies first, so that a source change does not download the world again.
RUN mvn -B -q -pl bot -am dependency:go-offline -DexcludeReactor=true || true
COPY rules rules
COPY bot bot
COPY bench bench
RUN mvn -B -q -pl bot -am package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --home /data --shell /usr/sbin/nologin rapport && mkdir -p /data /config \
    && chown rapport /data
COPY --from=build /src/bot/target/rapport.jar /opt/rapport/rapport.jar
COPY config/rapport.conf /config/rapport.conf
USER rapport
WORKDIR /data
# SQLite and the pseudonym secret live in /data (mount a volume to keep them).
ENV RAPPORT_LOG_LEVEL=INFO
# The management endpoint (health, readiness, metrics) listens inside the container. Change its port here, with
# RAPPORT_MANAGEMENT_PORT (not in the config file), so that the health check follows it; for a Prometheus outside
# the container set RAPPORT_MANAGEMENT_HOST=0.0.0.0 and publish the port on a private network only.
ENV RAPPORT_MANAGEMENT_PORT=9464
EXPOSE 9464
# The JVM sizes its heap from the container's memory limit (not the host's): three quarters of it, leaving room for
# thread stacks, metaspace and direct buffers; it exits on OutOfMemoryError so the orchestrator restarts it cleanly.
# More flags: JAVA_TOOL_OPTIONS.
# /healthz of `rapport run`, over bash's /dev/tcp: no need for curl or wget in the JRE image, and a second JVM per check
# would cost more than the bot. `replay` and the other one-shot commands have no endpoint; they end before the first
# check.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${RAPPORT_MANAGEMENT_PORT} && printf 'GET /healthz HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75.0", "-XX:InitialRAMPercentage=25.0", "-XX:+ExitOnOutOfMemoryError", \
            "-jar", "/opt/rapport/rapport.jar"]
CMD ["replay", "--demo"]
