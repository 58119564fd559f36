# scripts/lib/env.sh — sourced by scripts/run, scripts/neo4j and scripts/test.
#
# load_env FILE exports the variables of FILE (a .env file) that the
# environment does not set already, even to an empty value: real
# environment variables win, as they do for the Go programs (godotenv.Load).
# A missing FILE is no error.
#
# The syntax is the part of godotenv's that .env.example uses: NAME=value
# lines, optionally after "export "; blank lines and lines starting with #
# are skipped; a value in double or single quotes loses them (no escapes
# or ${} expansion); an unquoted value loses a " # comment" after it and
# the blanks around it; CRLF line endings are read as LF. Names that start
# with _env_ are load_env's own and are not read.
load_env() {
	local _env_file=${1:-.env} _env_line _env_name _env_value
	local _env_assign='^[[:space:]]*(export[[:space:]]+)?([A-Za-z_][A-Za-z0-9_]*)[[:space:]]*=[[:space:]]*(.*)$'
	local _env_dq='^"(.*)"[[:space:]]*(#.*)?$' _env_sq="^'(.*)'[[:space:]]*(#.*)?$"
	[[ -f "$_env_file" ]] || return 0
	while IFS= read -r _env_line || [[ -n "$_env_line" ]]; do
		_env_line=${_env_line%$'\r'}
		[[ "$_env_line" =~ ^[[:space:]]*(#|$) ]] && continue
		[[ "$_env_line" =~ $_env_assign ]] || continue
		_env_name=${BASH_REMATCH[2]} _env_value=${BASH_REMATCH[3]}
		[[ "$_env_name" == _env_* ]] && continue
		if [[ "$_env_value" =~ $_env_dq || "$_env_value" =~ $_env_sq ]]; then
			_env_value=${BASH_REMATCH[1]}
		else
			_env_value=${_env_value%%[[:space:]]#*}
			_env_value=${_env_value%"${_env_value##*[![:space:]]}"}
		fi
		[[ -n "${!_env_name+x}" ]] || export "$_env_name=$_env_value"
	done <"$_env_file"
}
