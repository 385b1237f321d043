# Rapport as a container: build the jar with Maven, run it on a small JRE.
#   docker build -t rapport .
#   docker run --rm rapport replay --demo                       # the offline demo, no token needed
#   docker run -d -e DISCORD_TOKEN=... -v rapport-data:/data rapport run   # the live bot, state kept in a volume
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
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-jar", "/opt/rapport/rapport.jar"]
CMD ["replay", "--demo"]
