// npm start: on Windows and macOS, sideload into desktop Excel with office-addin-debugging; on Linux (which
// office-addin-debugging does not support) prepare the certificate, run the dev server and explain how to
// sideload the manifest by hand.

const { spawn, spawnSync } = require("child_process");
const path = require("path");
const { config } = require("../package.json");

const ROOT = path.resolve(__dirname, "..");
const PORT = Number(config.dev_server_port) || 3000;
const BASE_URL = `https://localhost:${PORT}/`;
// The in-browser preview built by webpack.config.js (the task pane on the in-memory workbook).
const PREVIEW_PAGE = "preview.html";

/** Absolute path of a package's command-line script, so it runs with this Node on every platform. */
function bin(pkg, name = pkg) {
  const manifestPath = require.resolve(`${pkg}/package.json`, { paths: [ROOT] });
  const { bin: entries } = require(manifestPath);
  const relative = typeof entries === "string" ? entries : entries[name];
  return path.join(path.dirname(manifestPath), relative);
}

function runNode(script, args, options = {}) {
  return spawn(process.execPath, [script, ...args], { cwd: ROOT, ...options });
}

function forwardExit(child) {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => child.kill(signal));
  }
  process.on("exit", () => child.kill());
  child.on("exit", (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}

function sideloadDesktop() {
  forwardExit(
    runNode(bin("office-addin-debugging"), ["start", "manifest.xml"], { stdio: "inherit" })
  );
}

function instructions() {
  const lines = [
    "",
    "──────────────────────────────────────────────────────────────────────",
    `CĐS Excel đang chạy tại ${BASE_URL} (máy chủ phát triển, dừng bằng Ctrl+C).`,
    `  Ngăn tác vụ: ${BASE_URL}taskpane.html`,
  ];
  if (PREVIEW_PAGE)
    lines.push(`  Xem thử trong trình duyệt (không cần Excel): ${BASE_URL}${PREVIEW_PAGE}`);
  lines.push(
    "",
    "Chứng chỉ HTTPS: trình duyệt (và Excel) phải tin cậy tổ chức cấp chứng chỉ",
    "  ~/.office-addin-dev-certs/ca.crt",
    "  Chrome/Edge: Cài đặt → Quyền riêng tư và bảo mật → Bảo mật → Quản lý chứng chỉ →",
    "  Tổ chức phát hành (Authorities) → Nhập, chọn ca.crt, tin cậy để xác định trang web.",
    "  Firefox: Cài đặt → Quyền riêng tư & Bảo mật → Xem chứng chỉ → Nhà phát hành → Nhập.",
    `  Kiểm tra: mở ${BASE_URL}taskpane.html, không được có cảnh báo bảo mật.`,
    "  Chỉ cần làm một lần: npm start dùng lại chứng chỉ này cho đến khi hết hạn; khi nó được tạo",
    "  lại (hết hạn hoặc bị xoá), hãy nhập lại ca.crt mới.",
    "",
    "Nạp phần bổ trợ vào Excel trên web:",
    "  1. Mở một sổ làm việc trong Excel trên web (https://www.office.com).",
    "  2. Trang đầu (Home) → Phần bổ trợ (Add-ins) → Thêm phần bổ trợ (More add-ins).",
    "  3. Phần bổ trợ của tôi (My Add-ins) → Tải lên Phần bổ trợ của tôi (Upload My Add-in).",
    "  4. Chọn tệp manifest.xml trong thư mục dự án → Tải lên (Upload).",
    "  Nút “Báo cáo CĐS” xuất hiện trong nhóm “Chuyển đổi số” của thẻ Trang đầu.",
    "",
    "Nạp vào Excel trên máy tính (máy đó phải mở được địa chỉ trên, ví dụ Windows chạy WSL):",
    "  Windows: chia sẻ một thư mục chứa manifest.xml; trong Excel: Tệp (File) → Tùy chọn",
    "    (Options) → Trung tâm Tin cậy (Trust Center) → Thiết đặt Trung tâm Tin cậy → Danh mục",
    "    Phần bổ trợ Tin cậy (Trusted Add-in Catalogs) → thêm đường dẫn \\\\tên-máy\\thư-mục, đánh",
    "    dấu “Hiện trong Menu” (Show in Menu) → khởi động lại Excel → Trang đầu → Phần bổ trợ →",
    "    Thêm phần bổ trợ → THƯ MỤC DÙNG CHUNG (SHARED FOLDER) → CĐS Excel.",
    "  macOS: chép manifest.xml vào ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef",
    "    (tạo thư mục nếu chưa có) → khởi động lại Excel → Trang đầu → Phần bổ trợ →",
    "    Phần bổ trợ của tôi → CĐS Excel.",
    "  (Trên Windows và macOS, chỉ cần chạy npm start: công cụ tự nạp vào Excel.)",
    "──────────────────────────────────────────────────────────────────────",
    ""
  );
  return lines.join("\n");
}

const CERT_DIR = path.join(require("os").homedir(), ".office-addin-dev-certs");

/**
 * Whether ~/.office-addin-dev-certs holds a localhost certificate signed by its CA, valid for at least another day.
 * `office-addin-dev-certs install` regenerates the CA and the certificate whenever the CA is not installed
 * system-wide, which on Linux without sudo is every run: the browser's trust in the old ca.crt would be lost. So it is
 * only called when these files are missing, invalid or about to expire.
 */
function usableCertificates(now = Date.now()) {
  const { X509Certificate, createPrivateKey } = require("crypto");
  const fs = require("fs");
  try {
    const read = (name) => fs.readFileSync(path.join(CERT_DIR, name));
    const ca = new X509Certificate(read("ca.crt"));
    const cert = new X509Certificate(read("localhost.crt"));
    const key = createPrivateKey(read("localhost.key"));
    const day = 24 * 3600 * 1000;
    return (
      cert.checkIssued(ca) &&
      cert.verify(ca.publicKey) &&
      cert.checkPrivateKey(key) &&
      Date.parse(cert.validTo) - now > day &&
      Date.parse(ca.validTo) - now > day
    );
  } catch {
    return false;
  }
}

/** The note shown instead of the tool's red "Unable to install the CA certificate … sudo: not found". */
function caNotInstalledNote() {
  return [
    "",
    "Ghi chú về chứng chỉ HTTPS: đã tạo chứng chỉ cho https://localhost trong ~/.office-addin-dev-certs,",
    "nhưng không cài được tổ chức cấp chứng chỉ (CA) cho toàn hệ thống (việc đó cần sudo). Không sao:",
    "máy chủ phát triển vẫn chạy. Hãy cho trình duyệt tin cậy tệp ~/.office-addin-dev-certs/ca.crt một lần",
    "(cách làm ở phần hướng dẫn bên dưới); các lần chạy npm start sau dùng lại đúng chứng chỉ này cho đến khi",
    "hết hạn, nên không phải nhập lại. Hoặc, nếu có quyền quản trị, cài CA cho toàn hệ thống:",
    "  sudo mkdir -p /usr/local/share/ca-certificates/office-addin-dev-certs",
    "  sudo cp ~/.office-addin-dev-certs/ca.crt /usr/local/share/ca-certificates/office-addin-dev-certs/",
    "  sudo update-ca-certificates",
    "",
  ].join("\n");
}

function prepareCertificates() {
  if (usableCertificates()) {
    process.stdout.write(`Dùng lại chứng chỉ HTTPS trong ~/.office-addin-dev-certs (còn hạn).\n`);
    return;
  }
  // Creates ~/.office-addin-dev-certs; installing the CA needs sudo and fails without it, which is fine here. The
  // tool exits 0 either way, so its output is the only report.
  const certs = spawnSync(process.execPath, [bin("office-addin-dev-certs"), "install"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  const output = `${certs.stdout || ""}${certs.stderr || ""}`;
  if (/Unable to install the CA certificate/i.test(output) && usableCertificates()) {
    process.stdout.write(caNotInstalledNote());
  } else {
    process.stdout.write(output);
  }
}

function serveOnLinux() {
  prepareCertificates();

  const server = runNode(bin("webpack-cli"), ["serve", "--mode", "development"], {
    stdio: ["inherit", "pipe", "inherit"],
    env: { ...process.env, CDS_DEV_CERTS_INSTALLED: "1" },
  });
  let shown = false;
  server.stdout.on("data", (data) => {
    process.stdout.write(data);
    // Show the instructions once, after the first build, where they are not scrolled away.
    if (!shown && /compiled (successfully|with)/.test(data.toString())) {
      shown = true;
      process.stdout.write(instructions());
    }
  });
  forwardExit(server);
}

if (require.main !== module) {
  // required by a test: nothing runs
} else if (process.platform === "win32" || process.platform === "darwin") {
  sideloadDesktop();
} else {
  serveOnLinux();
}

module.exports = { usableCertificates, caNotInstalledNote, prepareCertificates };
