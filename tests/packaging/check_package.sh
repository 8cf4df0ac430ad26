#!/bin/sh
# The .deb checked as Debian's own tools check a package, then unpacked into
# a throwaway root and its programs run from there.
#   tests/packaging/check_package.sh build/package/clientele_VERSION_ARCH.deb
set -eu
deb=$1
version=$(dpkg-deb --field "$deb" Version)
app=ru.clientele.Clientele
fail() { echo "check_package: $*" >&2; exit 1; }

dpkg-deb --info "$deb"
depends=$(dpkg-deb --field "$deb" Depends)
for lib in libqt6widgets6 libqt6sql6-sqlite libsqlite3-0 libcurl4 libphonenumber8; do
  echo "$depends" | grep -q "$lib" || fail "Depends lacks $lib: $depends"
done

contents=$(dpkg-deb --contents "$deb")
for path in usr/bin/clientele usr/bin/clientele-cli \
    usr/share/applications/$app.desktop usr/share/metainfo/$app.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/$app.svg \
    usr/share/icons/hicolor/16x16/apps/$app.png usr/share/icons/hicolor/256x256/apps/$app.png \
    usr/share/man/man1/clientele.1.gz usr/share/man/man1/clientele-cli.1.gz \
    usr/share/doc/clientele/copyright usr/share/doc/clientele/changelog.gz; do
  echo "$contents" | grep -q " ./$path\$" || fail "the package has no /$path"
done

# Errors fail; warnings are printed for people to read.
lintian --fail-on error --allow-root --tag-display-limit 0 "$deb"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/$app.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app.metainfo.xml"
for page in clientele clientele-cli; do
  zcat "$root/usr/share/man/man1/$page.1.gz" | MANWIDTH=80 man -l -Tutf8 - > /dev/null
done

# The installed programs, not the build tree's: no display needed for these.
out=$("$root/usr/bin/clientele-cli" --version)
[ "$out" = "clientele-cli $version" ] || fail "clientele-cli --version said: $out"
out=$("$root/usr/bin/clientele" --version)
[ "$out" = "clientele $version" ] || fail "clientele --version said: $out"
"$root/usr/bin/clientele" --help | grep -q -- "--db <FILE>" || fail "clientele --help has no --db"
db="$root/check.sqlite"
"$root/usr/bin/clientele-cli" --db "$db" init > /dev/null
"$root/usr/bin/clientele-cli" --db "$db" demo --clients 20 --deals 10 > /dev/null
"$root/usr/bin/clientele-cli" --db "$db" check > /dev/null
echo "check_package: $deb passed"
