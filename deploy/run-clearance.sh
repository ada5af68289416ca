#!/bin/sh
# Starts clearance.jar the fast way: unpacked (Spring Boot's `extract`, so classes are not looked up through ~180
# nested jars) and with a class data sharing archive of the classes the start-up loads, made once per jar and JVM.
# About half the CPU time of a plain `java -jar` to a healthy server (docs/benchmarks.md, start-up).
#
#   deploy/run-clearance.sh [application arguments...]
#
# CLEARANCE_JAR      the jar (default backend/target/clearance.jar)
# CLEARANCE_CDS_DIR  where the unpacked jar and the archive are kept (default: clearance-cds next to the jar); must
#                    be writable. Rebuilt when the jar or the JVM changes (the first start then takes a minute more).
# JAVA_OPTS          JVM options (default -Xmx288m: keeps the resident memory under load within 768 MB; see
#                    docs/benchmarks.md, "Issue 10, memory under load")
#
# The archive is made by a training start on a throw-away in-memory H2 database (never the configured one), which
# stops as soon as the application context is refreshed. If anything in that fails, the jar is started plainly.
set -eu

JAR=${CLEARANCE_JAR:-backend/target/clearance.jar}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:--Xmx288m}
[ -f "$JAR" ] || { echo "run-clearance: $JAR not found (set CLEARANCE_JAR)" >&2; exit 1; }
JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
CDS=${CLEARANCE_CDS_DIR:-$(dirname "$JAR")/clearance-cds}

stamp() {
	{ sha256sum "$JAR" | cut -d' ' -f1; "$JAVA" -version 2>&1; } | sha256sum | cut -d' ' -f1
}

build() {
	tmp=$1
	"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$tmp/app" >/dev/null || return 1
	mkdir -p "$tmp/training" || return 1
	# Training start: loads what a real start loads (the rule packs and processes bundled in the jar), on an
	# in-memory database whatever the environment configures, and exits after the refresh.
	(cd "$tmp/training" && "$JAVA" $JAVA_OPTS -XX:DumpLoadedClassList="$tmp/classes.lst" \
		-Dspring.context.exit=onRefresh -jar "$tmp/app/$(basename "$JAR")" --server.port=0 \
		"--spring.datasource.url=jdbc:h2:mem:cds-training;DB_CLOSE_DELAY=-1" --spring.datasource.username=sa \
		--spring.datasource.password= > "$tmp/training.log" 2>&1) || return 1
	# JDK 17 crashes archiving lambda proxy classes (SystemDictionaryShared::adjust_lambda_proxy_class_dictionary);
	# they are left out of the archive and made at run time as usual.
	grep -v '^@lambda-proxy' "$tmp/classes.lst" > "$tmp/classes-static.lst" || return 1
	"$JAVA" $JAVA_OPTS -Xshare:dump -XX:SharedClassListFile="$tmp/classes-static.lst" \
		-XX:SharedArchiveFile="$tmp/app.jsa" -jar "$tmp/app/$(basename "$JAR")" > "$tmp/dump.log" 2>&1 || return 1
	rm -rf "$tmp/training"
}

want=$(stamp)
# One folder per jar and JVM: the archive records the class path it was made with, so it is made in place.
HERE="$CDS/$want"
if [ ! -f "$HERE/ready" ]; then
	echo "run-clearance: preparing $HERE for this jar and JVM (once)" >&2
	rm -rf "$HERE"
	mkdir -p "$HERE"
	if build "$HERE"; then
		touch "$HERE/ready"
		for old in "$CDS"/*; do
			[ "$old" = "$HERE" ] || rm -rf "$old"
		done
	else
		echo "run-clearance: could not prepare the archive (see $HERE); starting the jar plainly" >&2
		exec "$JAVA" $JAVA_OPTS -jar "$JAR" "$@"
	fi
fi
exec "$JAVA" $JAVA_OPTS -XX:SharedArchiveFile="$HERE/app.jsa" -jar "$HERE/app/$(basename "$JAR")" "$@"
