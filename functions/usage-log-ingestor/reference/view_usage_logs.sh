#!/usr/bin/env bash
# The seed's view_usage_logs.sh, reconstructed from its description (seed 000_742ccb91f4f690d7.txt): download every
# usage log, parse each with jq, keep the LAST deployment per (date, customer, user), sort, print the CSV.
# It is the reference the function's report is checked against (docs/usage-log-ingestor.md, "Same answer as the
# seed"); the function itself never runs it.
#
#   BUCKET=my-bucket view_usage_logs.sh [customer]      # downloads s3://$BUCKET/usage-logs/[customer/]
#   SOURCE_DIR=/tmp/corpus view_usage_logs.sh [customer] # reads a local copy laid out as usage-logs/<customer>/...
#
# The rule, exactly: date = the first 10 characters of "timestamp" (Terraform's timestamp() is UTC); user = the text
# after the last "/" of "user_arn", or "root" for the root user; among the logs of one (date, customer, user) the one
# with the greatest timestamp wins, and equal timestamps go to the greater object key; rows are sorted by date,
# customer, user. Values are printed as they are (the seed trusts every file; the function validates, quotes and
# neutralises instead).
set -euo pipefail

prefix="usage-logs/${1:+$1/}"
if [[ -n "${SOURCE_DIR:-}" ]]; then
  root="$SOURCE_DIR"
else
  root="$(mktemp -d)"
  trap 'rm -rf "$root"' EXIT
  aws s3 cp --recursive --quiet "s3://${BUCKET:?set BUCKET or SOURCE_DIR}/$prefix" "$root/$prefix"
fi

cd "$root"
echo "timestamp,customer,user,additional_users_count,project_name,cluster_name"
find "$prefix" -type f -name '*.json' -print0 \
  | xargs -0 -r jq -c '{
        key: input_filename,
        date: .timestamp[0:10],
        ts: .timestamp,
        customer: .customer_name,
        user: (.user_arn | if endswith(":root") then "root" else (split("/") | last) end),
        n: .additional_users_count,
        project: .project_name,
        cluster: .cluster_name }' \
  | jq -s -r '
        group_by([.date, .customer, .user])
        | map(max_by([.ts, .key]))
        | sort_by([.date, .customer, .user])
        | .[]
        | [.date, .customer, .user, (.n | tostring), .project, .cluster]
        | join(",")'
