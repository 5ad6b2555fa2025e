#!/usr/bin/env bash
# Regenerates docs/COMMANDS.md from the commands' own declarations (`help`), keeping the hand-written
# part that starts at the "## Output formats" heading. DocumentationTests fails when this is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
patchsh=${PATCHSH:-.build/debug/patchsh}
doc=docs/COMMANDS.md
tail_part=$(sed -n '/^## Output formats/,$p' "$doc")
{
    echo "# patchsh commands"
    echo
    echo "Generated from the commands' own declarations (\`help COMMAND\`) by scripts/generate-commands-doc.sh;"
    echo "a test keeps this file and \`help\` identical."
    echo
    echo '```'
    "$patchsh" -c help
    echo '```'
    for name in $("$patchsh" -c help | awk '/^  [a-z]/ {print $1}'); do
        echo
        echo "## $name"
        echo
        echo '```'
        "$patchsh" -c "help $name"
        echo '```'
    done
    echo
    echo "$tail_part"
} > "$doc.tmp"
mv "$doc.tmp" "$doc"
