"""Types into a workbook in LibreOffice Calc, recalculates, saves it as .xlsx, and says what Calc shows.

Run with Debian's /usr/bin/python3 (python3-uno). Usage: libreoffice_calc.py <job.json>, where the job is
  {"input": ".xlsx path", "output": ".xlsx path", "profile": "empty dir for a private user profile",
   "sheet": "sheet name", "writes": [{"address": "C9", "text": "Đã ban hành"} | {"address": "C20", "number": 120}],
   "reads": ["D9", "C22"]}
It starts its own headless soffice (a private profile, a pipe of its own), and prints one JSON line:
  {"reads": {"D9": {"text": "Đạt", "value": 0, "formula": "=IF(…)", "error": 0}}, "version": "7.4…"}
Any failure prints a line starting with "ERROR:" and exits 1. soffice is always ended.
"""

import json
import os
import signal
import subprocess
import sys
import time
import uuid

import uno  # noqa: F401 (Debian's python3-uno)
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def file_url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


def connect(pipe, deadline):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except NoConnectException:
            if time.monotonic() > deadline:
                raise RuntimeError("soffice did not accept a connection in time")
            time.sleep(0.25)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        job = json.load(f)
    pipe = f"cds_{uuid.uuid4().hex}"
    office = subprocess.Popen(
        [
            "soffice",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--nodefault",
            "--nolockcheck",
            f"-env:UserInstallation={file_url(job['profile'])}",
            f"--accept=pipe,name={pipe};urp;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # soffice and the processes it starts: ended together below
    )
    try:
        ctx = connect(pipe, time.monotonic() + float(job.get("startSeconds", 120)))
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(file_url(job["input"]), "_blank", 0, (prop("Hidden", True),))
        if doc is None:
            raise RuntimeError("Calc could not open " + job["input"])
        sheets = doc.Sheets
        sheet = sheets.getByName(job["sheet"]) if job.get("sheet") else sheets.getByIndex(0)
        for w in job.get("writes", []):
            c = sheet.getCellRangeByName(w["address"])
            if "text" in w:
                c.setString(w["text"])
            else:
                c.setValue(float(w["number"]))
        doc.calculateAll()
        reads = {}
        for address in job.get("reads", []):
            c = sheet.getCellRangeByName(address)
            reads[address] = {
                "text": c.getString(),
                "value": c.getValue(),
                "formula": c.getFormula(),
                "error": c.getError(),
            }
        doc.storeToURL(file_url(job["output"]), (prop("FilterName", "Calc MS Excel 2007 XML"),))
        doc.close(True)
        version = ""
        try:
            provider = smgr.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", ctx)
            access = provider.createInstanceWithArguments(
                "com.sun.star.configuration.ConfigurationAccess",
                (prop("nodepath", "/org.openoffice.Setup/Product"),),
            )
            version = access.getByName("ooSetupVersionAboutBox")
        except Exception:  # the version is only said, never needed
            pass
        try:
            desktop.terminate()
        except Exception:  # the bridge goes down with the office
            pass
        print(json.dumps({"reads": reads, "version": version}, ensure_ascii=False))
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(office.pid, signal.SIGKILL)
            office.wait(timeout=30)
        try:
            os.killpg(office.pid, signal.SIGKILL)  # anything of its group still there
        except ProcessLookupError:
            pass


if __name__ == "__main__":
    try:
        main()
    except Exception as e:  # said to the test, which fails with it
        print(f"ERROR: {type(e).__name__}: {e}")
        sys.exit(1)
