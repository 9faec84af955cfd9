# Build: ./mvnw -Pproduction -DskipTests clean package && docker build -t gridvoice .
FROM eclipse-temurin:21-jre
RUN useradd --system --home /app gridvoice
WORKDIR /app
COPY target/gridvoice-*.jar /app/gridvoice.jar
USER gridvoice
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/gridvoice.jar"]
