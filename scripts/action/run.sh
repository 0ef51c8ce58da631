#!/usr/bin/env bash
# The GitHub Action's shell steps (action.yml), kept here so a test can run them with the variables GitHub sets.
#   run.sh install   builds the CLI inside the action's own checkout (ACTION_PATH)
#   run.sh check     checks INPUT_PATHS from the current folder (the workspace in a workflow): annotations via
#                    --format github, and with INPUT_SARIF=true also a SARIF file at INPUT_SARIF_FILE
set -euo pipefail

action_path="${ACTION_PATH:?ACTION_PATH is not set (action.yml passes github.action_path)}"
cli="$action_path/bin/mortgage-lens.js"

install() {
  cd "$action_path"
  # A fresh action checkout has no node_modules; one that has them (a local run) is used as it is.
  if [ ! -d node_modules ]; then
    echo "Installing Mortgage Lens's build dependencies (npm ci) in $action_path"
    npm ci --no-audit --no-fund
  fi
  node scripts/build.mjs
}

check() {
  # Paths are separated by spaces or new lines; globs reach the CLI unexpanded, which matches them itself.
  set -f
  local paths=()
  read -r -d '' -a paths <<<"${INPUT_PATHS:-}" || true
  if [ ${#paths[@]} -eq 0 ]; then
    echo "::error title=mortgage-lens::the paths input is empty: give files, folders or quoted globs"
    exit 2
  fi
  local options=()
  if [ -n "${INPUT_MAX_WARNINGS:-}" ]; then options+=(--max-warnings "$INPUT_MAX_WARNINGS"); fi

  case "${INPUT_SARIF:-false}" in
    true)
      local sarif="${INPUT_SARIF_FILE:-mortgage-lens.sarif}" status=0
      # The shell reports a failed redirection as 1, the CLI's "findings" code: make the folder first.
      mkdir -p -- "$(dirname -- "$sarif")"
      # Findings (exit 1) still give a complete SARIF file to upload; input errors (exit 2) stop here.
      node "$cli" check --format sarif "${options[@]}" -- "${paths[@]}" >"$sarif" || status=$?
      if [ "$status" -gt 1 ]; then
        rm -f -- "$sarif" # nothing half-written for the upload step to send
        exit "$status"
      fi
      echo "SARIF report written to $sarif"
      ;;
    false) ;;
    *)
      echo "::error title=mortgage-lens::the sarif input must be true or false, not \"$INPUT_SARIF\""
      exit 2
      ;;
  esac

  # Its exit code is the step's: 1 for errors or warnings (beyond max-warnings), 2 for input errors.
  node "$cli" check --format github "${options[@]}" -- "${paths[@]}"
}

case "${1:-}" in
  install) install ;;
  check) check ;;
  *)
    echo "usage: run.sh install|check" >&2
    exit 2
    ;;
esac
