#!/bin/sh
# Starts Pathwork with class data sharing (Spring Boot's CDS support; README, "Start-up: class data
# sharing"). On the first start, and whenever the jar, the JVM or JAVA_OPTS changed, it extracts the
# jar into PATHWORK_CDS_DIR and makes a training run that exits once the Spring context has refreshed,
# writing the archive; every start then runs the extracted jar with that archive.
#
# The training run uses the same settings and database as the start that follows. It ends before the
# application starts running: before Tomcat opens its port, before Axon's handlers and Camunda's job
# executor start, and before the demo data and the first administrator are made (those come after
# the refresh). What it does write is what every start writes anyway, the same way: Flyway's
# migrations, Camunda's schema and process deployment, Cockpit's operator rights and, once, the key
# for action links.
#
# Should the extraction or the training run fail, Pathwork starts from the jar without an archive, and the next start
# tries again.
#
#   PATHWORK_JAR       the application jar (default /app/pathwork.jar)
#   PATHWORK_CDS_DIR   a writable directory kept between starts (default /cds)
#   JAVA_OPTS          JVM options, for the training run and every start (e.g. -Xmx512m)
# Arguments are passed to the application (e.g. --server.port=8081).
set -eu

jar=${PATHWORK_JAR:-/app/pathwork.jar}
dir=${PATHWORK_CDS_DIR:-/cds}
opts=${JAVA_OPTS:-}
app=$dir/app
archive=$app/pathwork.jsa
stamp=$dir/trained-for

# An archive fits one jar, one JVM build and one set of JVM options; the JVM would refuse a stale
# one (and start slowly), so a change of any of them means a new training run.
want="$(sha256sum < "$jar" | cut -d' ' -f1) $(java -version 2>&1 | tr '\n' ' ') $opts"

if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    echo "PW-CDS-001 training run for class data sharing (first start, or the jar, JVM or options changed)"
    rm -rf "$app" "$stamp"
    # shellcheck disable=SC2086 # JAVA_OPTS holds several options
    if mkdir -p "$dir" && java -Djarmode=tools -jar "$jar" extract --destination "$app" \
            && java $opts -XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off \
                -Dspring.context.exit=onRefresh -jar "$app/pathwork.jar" "$@" \
            && [ -s "$archive" ]; then
        echo "$want" > "$stamp"
        echo "PW-CDS-002 class data sharing archive written: $archive"
    else
        echo "PW-CDS-003 no archive from the training run; starting without class data sharing (-Xlog:cds in JAVA_OPTS shows why)"
    fi
fi

if [ -f "$stamp" ]; then
    # shellcheck disable=SC2086
    exec java $opts -XX:SharedArchiveFile="$archive" -jar "$app/pathwork.jar" "$@"
fi
# shellcheck disable=SC2086
exec java $opts -jar "$jar" "$@"
