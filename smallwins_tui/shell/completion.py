"""Shell completion scripts for bash, zsh and fish, written from the parser itself.

Generated rather than kept by hand, so a new command or option completes without anyone
remembering to; and written here rather than by a library (argcomplete, shtab), because the
scripts are short and the command line must stay light. Beyond commands and options, the
values complete too: days (``today``, ``yesterday``, ``-N``), kinds, breathing patterns,
export formats, shells, folders and files.
"""

from __future__ import annotations

import argparse

from smallwins_tui.core.breathing import PRESETS
from smallwins_tui.core.kinds import KINDS
from smallwins_tui.shell.parsing import Option, options, subcommands

DAY_WORDS = ("today", "yesterday", "-1", "-2", "-3", "-7", "-14", "-30")
VALUES: dict[str, tuple[str, ...]] = {
    "day": DAY_WORDS,
    "since": DAY_WORDS,
    "until": DAY_WORDS,
    "kind": tuple(kind.key for kind in KINDS),
    "pattern": (*PRESETS, "4-2-6-0"),
}
FOLDERS = {"data_dir"}
FILES = {"output", "file"}


def _words(option: Option) -> tuple[str, ...]:
    return option.choices or VALUES.get(option.dest, ())


def _commands(parser: argparse.ArgumentParser) -> dict[str, tuple[str, list[Option]]]:
    """Each command's one-line help and its options (the top level under the name "")."""
    helps = {}
    for action in parser._actions:  # see shell.parsing: argparse has no public accessor
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: str(choice.help or "") for choice in action._choices_actions}
    found = {"": ("", options(parser))}
    for name, command in subcommands(parser).items():
        found[name] = (helps.get(name, ""), options(command))
    return found


def completion_script(shell: str, parser: argparse.ArgumentParser) -> str:
    """The completion script for ``shell`` (bash, zsh or fish)."""
    writers = {"bash": _bash, "zsh": _zsh, "fish": _fish}
    return writers[shell](_commands(parser))


def _bash_value(option: Option) -> str:
    if option.dest in FOLDERS:
        return 'COMPREPLY=($(compgen -d -- "$cur"))'
    if option.dest in FILES:
        return 'COMPREPLY=($(compgen -f -- "$cur"))'
    return f'COMPREPLY=($(compgen -W "{" ".join(_words(option))}" -- "$cur"))'


def _bash(commands: dict[str, tuple[str, list[Option]]]) -> str:
    names = [name for name in commands if name]
    lines = [
        "# bash completion for smallwins: smallwins completion bash",
        "_smallwins() {",
        '    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"',
        '    local command="" i',
        "    for ((i = 1; i < COMP_CWORD; i++)); do",
        '        case "${COMP_WORDS[i]}" in',
        f'            {"|".join(names)}) command="${{COMP_WORDS[i]}}"; break ;;',
        "        esac",
        "    done",
        '    case "$command" in',
    ]
    for name, (_, found) in commands.items():
        flags = [flag for option in found for flag in option.flags]
        values = [option for option in found if option.flags and option.takes_value]
        positional = [option for option in found if not option.flags]
        label = name or '""'
        lines.append(f"        {label})")
        if values:
            lines.append('            case "$prev" in')
            for option in values:
                lines.append(
                    f"                {'|'.join(option.flags)}) {_bash_value(option)}; return ;;"
                )
            lines.append("            esac")
        words = f'COMPREPLY=($(compgen -W "{" ".join(flags)}" -- "$cur"))'
        if not name:  # before a command: the commands, or the options after a dash
            lines.append(f'            if [[ "$cur" == -* ]]; then {words}; return; fi')
            lines.append(f'            COMPREPLY=($(compgen -W "{" ".join(names)}" -- "$cur"))')
        elif _completes(positional):
            lines.append(f'            if [[ "$cur" == -* ]]; then {words}; return; fi')
            lines.append(f"            {_bash_value(positional[0])}")
        else:
            lines.append(f"            {words}")
        lines.append("            ;;")
    lines += ["    esac", "}", "complete -F _smallwins smallwins", ""]
    return "\n".join(lines)


def _completes(positional: list[Option]) -> bool:
    """True when a command's first positional argument has something to complete."""
    return bool(positional) and (
        positional[0].dest in FILES | FOLDERS or bool(_words(positional[0]))
    )


def _zsh_escape(text: str) -> str:
    for char in "\\[]:":
        text = text.replace(char, "\\" + char)
    return text.replace("'", "'\\''")


def _zsh_action(option: Option) -> str:
    if option.dest in FOLDERS:
        return "_directories"
    if option.dest in FILES:
        return "_files"
    words = _words(option)
    return f"({' '.join(words)})" if words else " "


def _zsh_spec(option: Option) -> str:
    help_text = _zsh_escape(option.help)
    if not option.flags:
        return f"'*:{option.dest}:{_zsh_action(option)}'"
    value = f":{option.dest}:{_zsh_action(option)}" if option.takes_value else ""
    if len(option.flags) == 1:
        return f"'{option.flags[0]}[{help_text}]{value}'"
    exclusive = " ".join(option.flags)
    return f"'({exclusive})'{{{','.join(option.flags)}}}'[{help_text}]{value}'"


def _zsh(commands: dict[str, tuple[str, list[Option]]]) -> str:
    top = commands[""][1]
    lines = [
        "#compdef smallwins",
        "# zsh completion for smallwins: smallwins completion zsh",
        "_smallwins() {",
        '    local curcontext="$curcontext" state line',
        "    local -a commands",
        "    commands=(",
    ]
    lines += [
        f"        '{name}:{_zsh_escape(help_text)}'"
        for name, (help_text, _) in commands.items()
        if name
    ]
    lines += ["    )", "    _arguments -C \\"]
    lines += [f"        {_zsh_spec(option)} \\" for option in top]
    lines += [
        "        '1:command:->command' \\",
        "        '*::argument:->argument'",
        "    case $state in",
        "        command) _describe -t commands 'smallwins command' commands ;;",
        "        argument)",
        "            case $line[1] in",
    ]
    for name, (_, found) in commands.items():
        if name:
            specs = " ".join(_zsh_spec(option) for option in found)
            lines.append(f"                {name}) _arguments {specs} ;;")
    lines += ["            esac ;;", "    esac", "}", '_smallwins "$@"', ""]
    return "\n".join(lines)


def _fish_quote(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _fish(commands: dict[str, tuple[str, list[Option]]]) -> str:
    names = " ".join(name for name in commands if name)
    lines = [
        "# fish completion for smallwins: smallwins completion fish",
        "complete -c smallwins -f",
    ]
    for name, (help_text, found) in commands.items():
        if name:
            lines.append(
                f"complete -c smallwins -n '__fish_use_subcommand' -a {name} "
                f"-d {_fish_quote(help_text)}"
            )
            where = f"-n '__fish_seen_subcommand_from {name}'"
        else:
            where = f"-n 'not __fish_seen_subcommand_from {names}'"
        for option in found:
            lines.append(_fish_line(where, option))
    return "\n".join(line for line in lines if line) + "\n"


def _fish_line(where: str, option: Option) -> str:
    if option.dest in FOLDERS:
        value = "-x -a '(__fish_complete_directories)'"
    elif option.dest in FILES:
        value = "-r -F"
    elif _words(option):
        value = f"-x -a {_fish_quote(' '.join(_words(option)))}"
    else:
        value = "-x" if option.takes_value else ""
    if not option.flags:  # a positional argument: files, or words, or nothing to offer
        if option.dest in FILES:
            return f"complete -c smallwins {where} -F"
        return f"complete -c smallwins {where} {value[3:]}" if _words(option) else ""
    names = " ".join(
        f"-l {flag[2:]}" if flag.startswith("--") else f"-s {flag[1:]}" for flag in option.flags
    )
    return f"complete -c smallwins {where} {names} {value} -d {_fish_quote(option.help)}".replace(
        "  ", " "
    )
