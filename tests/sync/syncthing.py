"""Two real Syncthing instances on loopback, for the two-computer test.

Each instance gets its own home (keys, config, database) in a temp folder and a config written
here: listening and serving its REST API on 127.0.0.1 only, with global and local discovery,
relays, NAT traversal, STUN, usage reporting, crash reporting and upgrades all off, so nothing
leaves the machine. The test drives them through the REST API with a key made here. Every wait
is a poll with a deadline; a timeout fails with what was last seen.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

FOLDER_ID = "smallwins"
POLL = 0.2
"""Seconds between two looks while polling (each wait has its own deadline)."""

T = TypeVar("T")

_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))
"""Straight to 127.0.0.1, even when the environment names a proxy."""


def wait_for(check: Callable[[], T], timeout: float, what: str) -> T:
    """Poll ``check`` until it returns something true, or fail after ``timeout`` seconds
    saying ``what`` was awaited and the last value seen."""
    deadline = time.monotonic() + timeout
    last: Any = None
    while True:
        try:
            last = check()
        except (OSError, ValueError) as error:  # not up yet, a file mid-rename
            last = error
        else:
            if last:
                return last
        if time.monotonic() >= deadline:
            raise AssertionError(
                f"gave up after {timeout:.0f} s waiting for {what}; last seen: {last!r}"
            )
        time.sleep(POLL)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


_CONFIG = """<configuration version="{version}">
    <folder id="{folder}" label="smallwins" path="{path}" type="sendreceive"
            rescanIntervalS="3600" fsWatcherEnabled="true" fsWatcherDelayS="1"
            ignorePerms="false" autoNormalize="true">
        <filesystemType>basic</filesystemType>
        {folder_devices}
        <minDiskFree unit="%">0</minDiskFree>
        <paused>false</paused>
        <markerName>.stfolder</markerName>
        <maxConflicts>10</maxConflicts>
    </folder>
    {devices}
    <gui enabled="true" tls="false" debugging="false">
        <address>127.0.0.1:{gui_port}</address>
        <apikey>{api_key}</apikey>
        <theme>default</theme>
    </gui>
    <options>
        <listenAddress>tcp://127.0.0.1:{listen_port}</listenAddress>
        <globalAnnounceServer></globalAnnounceServer>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <stunKeepaliveStartS>0</stunKeepaliveStartS>
        <stunKeepaliveMinS>0</stunKeepaliveMinS>
        <stunServer></stunServer>
        <urAccepted>-1</urAccepted>
        <urSeen>3</urSeen>
        <crashReportingEnabled>false</crashReportingEnabled>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <releasesURL></releasesURL>
        <startBrowser>false</startBrowser>
        <announceLANAddresses>false</announceLANAddresses>
        <reconnectionIntervalS>1</reconnectionIntervalS>
        <setLowPriority>false</setLowPriority>
        <minHomeDiskFree unit="%">0</minHomeDiskFree>
    </options>
</configuration>
"""

_DEVICE = """<device id="{id}" name="{name}" compression="metadata" introducer="false">
        <address>tcp://127.0.0.1:{port}</address>
        <paused>false</paused>
        <autoAcceptFolders>false</autoAcceptFolders>
    </device>"""


class Syncthing:
    """One Syncthing instance: its home, its ports, its key, and its process once started."""

    def __init__(self, name: str, home: Path, folder: Path) -> None:
        self.name, self.home, self.folder = name, home, folder
        self.gui_port, self.listen_port = free_port(), free_port()
        self.api_key = secrets.token_urlsafe(24)
        self.env = {
            **os.environ,
            "HOME": str(home),
            "STNOUPGRADE": "1",
            "STNODEFAULTFOLDER": "1",
            "all_proxy": "",
            "ALL_PROXY": "",
        }
        self.process: subprocess.Popen[bytes] | None = None
        subprocess.run(
            [
                "syncthing",
                "generate",
                f"--home={home}",
                "--no-default-folder",
                "--skip-port-probing",
            ],
            env=self.env,
            check=True,
            timeout=60,
            capture_output=True,
        )
        self.version = (home / "config.xml").read_text().split('version="', 1)[1].split('"')[0]
        shown = subprocess.run(
            ["syncthing", "serve", f"--home={home}", "--device-id"],
            env=self.env,
            check=True,
            timeout=60,
            capture_output=True,
        )
        self.device_id = shown.stdout.decode().strip()

    def configure(self, peers: list[Syncthing]) -> None:
        """Write the config: this device and ``peers`` share one folder, on loopback only."""
        everyone = [self, *peers]
        devices = "\n    ".join(
            _DEVICE.format(id=d.device_id, name=d.name, port=d.listen_port) for d in everyone
        )
        folder_devices = "\n        ".join(
            f'<device id="{d.device_id}"></device>' for d in everyone
        )
        (self.home / "config.xml").write_text(
            _CONFIG.format(
                version=self.version,
                folder=FOLDER_ID,
                path=self.folder,
                devices=devices,
                folder_devices=folder_devices,
                gui_port=self.gui_port,
                api_key=self.api_key,
                listen_port=self.listen_port,
            )
        )
        (self.folder / ".stfolder").mkdir(mode=0o700, parents=True, exist_ok=True)

    def start(self) -> None:
        log = open(self.home / "syncthing.log", "wb")  # noqa: SIM115 - the process keeps it
        self.process = subprocess.Popen(
            [
                "syncthing",
                "serve",
                f"--home={self.home}",
                "--no-browser",
                "--no-restart",
                "--no-upgrade",
            ],
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        wait_for(
            lambda: self.get("/rest/system/ping").get("ping") == "pong",
            60,
            f"Syncthing {self.name} to answer",
        )

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=20)

    def log_tail(self) -> str:
        with contextlib.suppress(OSError):
            return (self.home / "syncthing.log").read_text(errors="replace")[-3000:]
        return ""

    def _call(self, method: str, path: str, body: Any = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}",
            data=data,
            method=method,
            headers={"X-API-Key": self.api_key, "Content-Type": "application/json"},
        )
        with _NO_PROXY.open(request, timeout=10) as response:
            raw = response.read()
        return json.loads(raw) if raw.strip() else None

    def get(self, path: str) -> Any:
        return self._call("GET", path)

    def set_paused(self, paused: bool) -> None:
        """Pause or resume the folder, and wait until the folder's state says so."""
        self._call("PATCH", f"/rest/config/folders/{FOLDER_ID}", {"paused": paused})

        def settled() -> bool:
            if self.get(f"/rest/config/folders/{FOLDER_ID}").get("paused") != paused:
                return False
            try:
                state = self.get(f"/rest/db/status?folder={FOLDER_ID}").get("state")
            except urllib.error.HTTPError:  # a paused folder has no status to give
                return paused
            return (state in ("", "paused")) == paused

        wanted = "paused" if paused else "running"
        wait_for(settled, 30, f"the folder on {self.name} to be {wanted}")

    def scan(self) -> None:
        self._call("POST", f"/rest/db/scan?folder={FOLDER_ID}")

    def connected_to(self, peer: Syncthing) -> bool:
        connections = self.get("/rest/system/connections")["connections"]
        return bool(connections.get(peer.device_id, {}).get("connected"))

    def in_sync_with(self, peer: Syncthing) -> bool:
        """Idle, nothing left to fetch, and the peer has everything this side has."""
        status = self.get(f"/rest/db/status?folder={FOLDER_ID}")
        completion = self.get(f"/rest/db/completion?folder={FOLDER_ID}&device={peer.device_id}")
        return (
            status.get("state") == "idle"
            and status.get("needTotalItems") == 0
            and completion.get("completion") == 100
        )
