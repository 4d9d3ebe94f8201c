# Sourced by ./mvnw and ./portail: Maven and the portal need a JDK >= 21 (jOOQ 3.21, Helidon 4),
# while many machines still default to 17. Keep JAVA_HOME when it is recent enough, else look in /usr/lib/jvm.
case $- in *f*) set +f; pf_noglob=1 ;; *) pf_noglob="" ;; esac
pf_java_major() { "$1/bin/java" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'; }
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(pf_java_major "$JAVA_HOME")" -lt 21 ] 2>/dev/null; then
  pf_found=""
  for pf_candidate in /usr/lib/jvm/* /opt/java/* "$HOME"/.sdkman/candidates/java/*; do
    [ -x "$pf_candidate/bin/javac" ] || continue
    pf_major=$(pf_java_major "$pf_candidate")
    [ -n "$pf_major" ] && [ "$pf_major" -ge 21 ] 2>/dev/null && { pf_found="$pf_candidate"; break; }
  done
  if [ -z "$pf_found" ]; then
    echo "Portail Famille needs a JDK 21 or newer: install one (e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+) or set JAVA_HOME to it." >&2
    exit 1
  fi
  export JAVA_HOME="$pf_found"
fi
export PATH="$JAVA_HOME/bin:$PATH"
if [ -n "$pf_noglob" ]; then set -f; fi
