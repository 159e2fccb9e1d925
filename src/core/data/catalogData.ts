/** The official template's pillars and rows, as data; catalog.ts exports them with the lookups over them. */
import type { CatalogRow, Pillar } from "../catalogTypes";

export const pillars: readonly Pillar[] = [
  { id: "chung", title: "Chỉ tiêu chung", heading: false },
  { id: "du-lieu-so", title: "Dữ liệu số", heading: true },
  { id: "chinh-quyen-so", title: "Chính quyền số", heading: true },
  { id: "kinh-te-so", title: "Kinh tế số", heading: true },
  { id: "xa-hoi-so", title: "Xã hội số", heading: true },
  { id: "an-toan-an-ninh-mang", title: "An toàn, an ninh mạng", heading: true },
];

/**
 * Every row of the official template, in its order. Read with docs/domain.md#template-defects: 9 is 9.1 / 9.2 where
 * 9.1 holds the portals evaluated and labelled (defect 1); 12.1 = 12.3 / 12.4 and 12.2 = 12.5 / 12.3 (defect 2); 17.2
 * and 18.2 are one quantity (defect 3); 39's denominator is 38.2 (defect 6); 12, 14, 28, 29 are headings (defect 7).
 */
export const catalog: readonly CatalogRow[] = [
  {
    id: "1",
    parent: null,
    pillar: "chung",
    kind: "rank",
    target: "≤ 5",
    title: "Thành phố Hồ Chí Minh thuộc nhóm 5 địa phương đứng đầu về chuyển đổi số",
  },
  {
    id: "2",
    parent: null,
    pillar: "du-lieu-so",
    kind: "yesno",
    target: "Có",
    title:
      "Ban hành danh mục cơ sở dữ liệu thuộc phạm vi quản lý và kế hoạch, lộ trình cụ thể để xây dựng, triển khai các cơ sở dữ liệu trong danh mục",
  },
  {
    id: "3",
    parent: null,
    pillar: "du-lieu-so",
    kind: "yesno",
    target: "Có",
    title:
      "Ban hành kế hoạch về dữ liệu mở, bao gồm danh mục dữ liệu mở, kế hoạch công bố dữ liệu mở của cơ quan nhà nước thuộc phạm vi quản lý và mức độ tối thiểu cần đạt được trong từng giai đoạn của kế hoạch; cung cấp lần đầu dữ liệu mở theo kế hoạch",
  },
  {
    id: "4",
    parent: null,
    pillar: "du-lieu-so",
    kind: "yesno",
    target: "Có",
    title: "Cung cấp dịch vụ chia sẻ dữ liệu trên nền tảng tích hợp, chia sẻ dữ liệu (LGSP)",
  },
  {
    id: "5",
    parent: null,
    pillar: "du-lieu-so",
    kind: "yesno",
    target: "Có",
    title:
      "Triển khai nền tảng phân tích, xử lý dữ liệu tổng hợp cấp tỉnh, có ứng dụng trí tuệ nhân tạo để tối ưu hóa hoạt động",
  },
  {
    id: "6",
    parent: null,
    pillar: "du-lieu-so",
    kind: "yesno",
    target: "Có",
    title:
      "Triển khai chức năng kho dữ liệu điện tử của tổ chức, cá nhân trên hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh để người dân, doanh nghiệp chỉ phải cung cấp thông tin một lần cho cơ quan nhà nước khi thực hiện dịch vụ công trực tuyến.",
  },
  {
    id: "7",
    parent: null,
    pillar: "du-lieu-so",
    kind: "yesno",
    target: "Có",
    title:
      "Ban hành kế hoạch hành động nâng cao năng lực phát triển và quản trị dữ liệu thuộc phạm vi quản lý.",
  },
  {
    id: "8",
    parent: null,
    pillar: "du-lieu-so",
    kind: "percent",
    target: "≥ 100%",
    title:
      "100% các cơ sở giáo dục nghề nghiệp, cao đẳng, đại học, sau đại học bổ sung các môn học về dữ liệu lớn, thiết kế, phân tích, xử lý dữ liệu phù hợp với đặc thù tương ứng của từng ngành, nghề vào chương trình đào tạo; lựa chọn một số cơ sở đào tạo trọng điểm về công nghệ thông tin để bổ sung các chuyên ngành đào tạo về phân tích dữ liệu, khoa học dữ liệu với chương trình, nội dung đào tạo tiên tiến, hệ thống trang thiết bị hiện đại phục vụ công tác giảng dạy, học tập và nghiên cứu.",
  },
  {
    id: "9",
    parent: null,
    pillar: "du-lieu-so",
    kind: "ratio",
    target: "≥ 100%",
    title:
      "100% các trang, cổng thông tin điện tử của cơ quan nhà nước được đánh giá an toàn thông tin và dẫn nhãn tín nhiệm mạng Tỷ lệ = (a)/(b)",
    parts: { num: "9.1", den: "9.2" },
  },
  {
    id: "9.1",
    parent: "9",
    pillar: "du-lieu-so",
    kind: "count",
    target: null,
    title:
      "Số trang, cổng thông tin điện tử đơn vị đang quản lý được đánh giá an toàn thông tin và dẫn nhãn tín nhiệm mạng (a)",
  },
  {
    id: "9.2",
    parent: "9",
    pillar: "du-lieu-so",
    kind: "count",
    target: null,
    title: "Số trang, cổng thông tin điện tử đơn vị đang quản lý (b)",
  },
  {
    id: "10",
    parent: null,
    pillar: "chinh-quyen-so",
    kind: "yesno",
    target: "Có",
    title:
      "Triển khai các hoạt động nâng cao chất lượng và hiệu quả cung cấp dịch vụ công trực tuyến.",
  },
  {
    id: "11",
    parent: null,
    pillar: "chinh-quyen-so",
    kind: "yesno",
    target: "Có",
    title:
      "Hoàn thành triển khai hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh trên cơ sở hợp nhất cổng dịch vụ công và hệ thống một cửa điện tử",
  },
  {
    id: "12",
    parent: null,
    pillar: "chinh-quyen-so",
    kind: "group",
    target: null,
    title:
      "100% thủ tục hành chính đủ điều kiện theo quy định của pháp luật được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình; 40% dịch vụ công trực tuyến toàn trình được tích hợp, cung cấp trên Cổng dịch vụ công quốc gia",
  },
  {
    id: "12.1",
    parent: "12",
    pillar: "chinh-quyen-so",
    kind: "ratio",
    target: "≥ 100%",
    title:
      "Tỷ lệ thủ tục hành chính đủ điều kiện theo quy định của pháp luật được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình",
    parts: { num: "12.3", den: "12.4" },
  },
  {
    id: "12.2",
    parent: "12",
    pillar: "chinh-quyen-so",
    kind: "ratio",
    target: "≥ 40%",
    title:
      "Tỷ lệ dịch vụ công trực tuyến toàn trình được tích hợp, cung cấp trên Cổng dịch vụ công quốc gia",
    parts: { num: "12.5", den: "12.3" },
  },
  {
    id: "12.3",
    parent: "12",
    pillar: "chinh-quyen-so",
    kind: "count",
    target: null,
    title:
      "Số thủ tục hành chính được UBND TP công bố đáp ứng yêu cầu cung cấp dịch vụ công trực tuyến toàn trình đã được triển khai dịch vụ công trực tuyến toàn trình trên HTTT giải quyết thủ tục hành chính của thành phố (a)",
  },
  {
    id: "12.4",
    parent: "12",
    pillar: "chinh-quyen-so",
    kind: "count",
    target: null,
    title:
      "Số thủ tục hành chính đã được UBND TP công bố đáp ứng yêu cầu cung cấp dịch vụ công trực tuyến toàn trình (b)",
  },
  {
    id: "12.5",
    parent: "12",
    pillar: "chinh-quyen-so",
    kind: "count",
    target: null,
    title:
      "Số dịch vụ công trực tuyến toàn trình được tích hợp, cung cấp trên Cổng dịch vụ công quốc gia (c)",
  },
  {
    id: "13",
    parent: null,
    pillar: "chinh-quyen-so",
    kind: "ratio",
    target: "≥ 100%",
    title:
      "100% thủ tục hành chính trong Danh mục thủ tục hành chính đáp ứng yêu cầu thực hiện dịch vụ công trực tuyến một phần, dịch vụ công trực tuyến toàn trình trên địa bàn thành phố đã được Ủy ban nhân dân thành phố phê duyệt phải được áp dụng.",
    parts: { num: "13.1", den: "13.2" },
  },
  {
    id: "13.1",
    parent: "13",
    pillar: "chinh-quyen-so",
    kind: "count",
    target: null,
    title:
      "Số lượng dịch vụ công trực tuyến một phần, dịch vụ công trực tuyến toàn trình đã được cung cấp trên HTTT giải quyết thủ tục hành chính TP (a)",
  },
  {
    id: "13.2",
    parent: "13",
    pillar: "chinh-quyen-so",
    kind: "count",
    target: null,
    title:
      "Số lượng thủ tục hành chính đã được UBND TP công bố đáp ứng yêu cầu cung cấp dịch vụ công trực tuyến toàn trình, một phần (b)",
  },
  {
    id: "14",
    parent: null,
    pillar: "chinh-quyen-so",
    kind: "group",
    target: null,
    title:
      "30% thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh toán của dịch vụ công; 60% thủ tục hành chính có yêu cầu nghĩa vụ tài chính được thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia",
  },
  {
    id: "14.1",
    parent: "14",
    pillar: "chinh-quyen-so",
    kind: "percent",
    target: "≥ 30%",
    title:
      "Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh toán của dịch vụ công",
  },
  {
    id: "14.2",
    parent: "14",
    pillar: "chinh-quyen-so",
    kind: "percent",
    target: "≥ 60%",
    title:
      "Tỷ lệ thủ tục hành chính có yêu cầu nghĩa vụ tài chính được thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia",
  },
  {
    id: "15",
    parent: null,
    pillar: "chinh-quyen-so",
    kind: "percent",
    target: "≥ 100%",
    title:
      "100% người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến được định danh và xác thực thông suốt, hợp nhất trên tất cả các hệ thống của các cấp chính quyền từ trung ương đến địa phương",
  },
  {
    id: "16",
    parent: null,
    pillar: "chinh-quyen-so",
    kind: "ratio",
    target: "≥ 60%",
    title:
      "Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến đạt 60% (áp dụng đối với các thủ tục hành chính đã được cung cấp dịch vụ công trực tuyến trên Hệ thống thông tin giải quyết thủ tục hành chính Thành phố Hồ Chí Minh)",
    parts: { num: "16.1", den: "16.2" },
  },
  {
    id: "16.1",
    parent: "16",
    pillar: "chinh-quyen-so",
    kind: "count",
    target: null,
    title: "Số hồ sơ thủ tục hành chính được xử lý trực tuyến (a)",
  },
  {
    id: "16.2",
    parent: "16",
    pillar: "chinh-quyen-so",
    kind: "count",
    target: null,
    title:
      "Tổng số hồ sơ thủ tục hành chính được xử lý trực tuyến + trực tiếp (áp dụng đối với các thủ tục hành chính đã được cung cấp dịch vụ công trực tuyến trên Hệ thống thông tin giải quyết thủ tục hành chính Thành phố Hồ Chí Minh) (b)",
  },
  {
    id: "17",
    parent: null,
    pillar: "chinh-quyen-so",
    kind: "ratio",
    target: "≥ 100%",
    title: "Tỷ lệ số hóa kết quả giải quyết thủ tục hành chính là 100%",
    parts: { num: "17.1", den: "17.2" },
  },
  {
    id: "17.1",
    parent: "17",
    pillar: "chinh-quyen-so",
    kind: "count",
    target: null,
    title: "Số kết quả giải quyết thủ tục hành chính được số hóa (a)",
  },
  {
    id: "17.2",
    parent: "17",
    pillar: "chinh-quyen-so",
    kind: "count",
    target: null,
    title: "Tổng số hồ sơ thủ tục hành chính tiếp nhận (b)",
  },
  {
    id: "18",
    parent: null,
    pillar: "chinh-quyen-so",
    kind: "ratio",
    target: { so: "≥ 50%", huyen: "≥ 40%", xa: "≥ 35%" },
    title:
      "Tỷ lệ số hóa hồ sơ giải quyết thủ tục hành chính của các sở, ban, ngành thành phố, cấp huyện, cấp xã đạt tỷ lệ tối thiểu tương ứng là 50%, 40%, 35%",
    parts: { num: "18.1", den: "18.2" },
  },
  {
    id: "18.1",
    parent: "18",
    pillar: "chinh-quyen-so",
    kind: "count",
    target: null,
    title: "Số hồ sơ giải quyết thủ tục hành chính được số hóa (a)",
  },
  {
    id: "18.2",
    parent: "18",
    pillar: "chinh-quyen-so",
    kind: "count",
    target: null,
    title: "Tổng số hồ sơ thủ tục hành chính tiếp nhận (b)",
    sameAs: "17.2",
  },
  {
    id: "18.3",
    parent: "18",
    pillar: "chinh-quyen-so",
    kind: "ratio",
    target: null,
    title:
      "Tỷ lệ số hóa hồ sơ giải quyết thủ tục hành chính của các sở, ban, ngành thành phố, cấp huyện, cấp xã trong toàn thành phố",
    parts: { num: "18.1", den: "18.2" },
  },
  {
    id: "19",
    parent: null,
    pillar: "chinh-quyen-so",
    kind: "yesno",
    target: "Có",
    title:
      "Ban hành kế hoạch triển khai trợ lý ảo phục vụ hoạt động của cán bộ, công chức, viên chức và phục vụ người dân",
  },
  {
    id: "20",
    parent: null,
    pillar: "chinh-quyen-so",
    kind: "ratio",
    target: "≥ 100%",
    title:
      "100% các đơn vị; cán bộ, công chức lãnh đạo; cán bộ, công chức thực hiện tiếp nhận, giải quyết hồ sơ thủ tục hành chính tại các đơn vị áp dụng chữ ký số trong giải quyết hồ sơ thủ tục hành chính.",
    parts: { num: "20.1", den: "20.2" },
  },
  {
    id: "20.1",
    parent: "20",
    pillar: "chinh-quyen-so",
    kind: "count",
    target: null,
    title:
      "Số cán bộ, công chức lãnh đạo; cán bộ, công chức thực hiện tiếp nhận, giải quyết hồ sơ thủ tục hành chính tại các đơn vị có áp dụng chữ ký số trong giải quyết hồ sơ thủ tục hành chính (a)",
  },
  {
    id: "20.2",
    parent: "20",
    pillar: "chinh-quyen-so",
    kind: "count",
    target: null,
    title:
      "Tổng số cán bộ, công chức lãnh đạo; cán bộ, công chức thực hiện tiếp nhận, giải quyết hồ sơ thủ tục hành chính tại các đơn vị (b)",
  },
  {
    id: "21",
    parent: null,
    pillar: "chinh-quyen-so",
    kind: "ratio",
    target: "≥ 100%",
    title:
      "100% các văn bản, tài liệu chính thức trao đổi giữa các cơ quan hành chính nhà nước được thực hiện trên môi trường điện tử trừ các văn bản chứa bí mật nhà nước",
    parts: { num: "21.1", den: "21.2" },
  },
  {
    id: "21.1",
    parent: "21",
    pillar: "chinh-quyen-so",
    kind: "count",
    target: null,
    title: "Số văn bản được thực hiện trên môi trường điện tử (a)",
  },
  {
    id: "21.2",
    parent: "21",
    pillar: "chinh-quyen-so",
    kind: "count",
    target: null,
    title:
      "Tổng số văn bản trao đổi giữa các cơ quan hành chính nhà nước, trừ các văn bản chứa bí mật nhà nước (b)",
  },
  {
    id: "22",
    parent: null,
    pillar: "chinh-quyen-so",
    kind: "yesno",
    target: "Có",
    title:
      "Triển khai kết nối với hệ thống thông tin của đối tượng quản lý để thu thập dữ liệu trực tuyến phục vụ công tác quản lý nhà nước theo quy định của pháp luật",
  },
  {
    id: "22.1",
    parent: "22",
    pillar: "chinh-quyen-so",
    kind: "count",
    target: null,
    title:
      "Số đơn vị đã triển khai kết nối với hệ thống thông tin của đối tượng quản lý để thu thập dữ liệu trực tuyến phục vụ công tác quản lý nhà nước theo quy định của pháp luật",
    countsUnitsOf: "22",
  },
  {
    id: "23",
    parent: null,
    pillar: "chinh-quyen-so",
    kind: "ratio",
    target: "> 10%",
    title:
      "Trên 10% hoạt động kiểm tra hành chính định kỳ của cơ quan quản lý nhà nước đối với đối tượng quản lý được thực hiện thông qua môi trường số và hệ thống thông tin của cơ quan quản lý",
    parts: { num: "23.1", den: "23.2" },
  },
  {
    id: "23.1",
    parent: "23",
    pillar: "chinh-quyen-so",
    kind: "count",
    target: null,
    title:
      "Số hoạt động kiểm tra hành chính định kỳ của cơ quan quản lý nhà nước đối với đối tượng quản lý được thực hiện thông qua môi trường số và hệ thống thông tin của cơ quan quản lý (a)",
  },
  {
    id: "23.2",
    parent: "23",
    pillar: "chinh-quyen-so",
    kind: "count",
    target: null,
    title:
      "Tổng số hoạt động kiểm tra hành chính định kỳ của cơ quan quản lý nhà nước đối với đối tượng quản lý (b)",
  },
  {
    id: "24",
    parent: null,
    pillar: "chinh-quyen-so",
    kind: "ratio",
    target: "> 50%",
    title:
      "Trên 50% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản.",
    parts: { num: "24.1", den: "24.2" },
  },
  {
    id: "24.1",
    parent: "24",
    pillar: "chinh-quyen-so",
    kind: "count",
    target: null,
    title:
      "Số cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản (a)",
  },
  {
    id: "24.2",
    parent: "24",
    pillar: "chinh-quyen-so",
    kind: "count",
    target: null,
    title: "Tổng số cán bộ, công chức, viên chức (b)",
  },
  {
    id: "25",
    parent: null,
    pillar: "kinh-te-so",
    kind: "percent",
    target: "≥ 19%",
    title: "Kinh tế số đóng góp vào GRDP của thành phố đạt 19%",
  },
  {
    id: "26",
    parent: null,
    pillar: "kinh-te-so",
    kind: "percent",
    target: "> 8,5%",
    title: "Tỷ trọng thương mại điện tử trong tổng mức bán lẻ trên 8,5%",
  },
  {
    id: "27",
    parent: null,
    pillar: "kinh-te-so",
    kind: "yesno",
    target: "Có",
    title:
      "Ban hành và tổ chức triển khai kế hoạch phát triển kinh tế số và xã hội số thuộc phạm vi quản lý",
  },
  {
    id: "28",
    parent: null,
    pillar: "kinh-te-so",
    kind: "group",
    target: null,
    title:
      "Triển khai các hoạt động thúc đẩy chuyển đổi số, thanh toán không dùng tiền mặt trong các cơ sở giáo dục, y tế thuộc phạm vi quản lý",
  },
  {
    id: "28.1",
    parent: "28",
    pillar: "kinh-te-so",
    kind: "yesno",
    target: "Có",
    title:
      "Triển khai các hoạt động thúc đẩy chuyển đổi số, thanh toán không dùng tiền mặt trong các cơ sở giáo dục",
  },
  {
    id: "28.2",
    parent: "28",
    pillar: "kinh-te-so",
    kind: "yesno",
    target: "Có",
    title:
      "Triển khai các hoạt động thúc đẩy chuyển đổi số, thanh toán không dùng tiền mặt trong các cơ sở y tế",
  },
  {
    id: "29",
    parent: null,
    pillar: "kinh-te-so",
    kind: "group",
    target: null,
    title:
      "Trên 90% doanh nghiệp nhỏ và vừa được tiếp cận dùng thử các nền tảng chuyển đổi số, trên 30% doanh nghiệp nhỏ và vừa thường xuyên sử dụng các nền tảng chuyển đổi số",
  },
  {
    id: "29.1",
    parent: "29",
    pillar: "kinh-te-so",
    kind: "percent",
    target: "> 90%",
    title: "Tỷ lệ doanh nghiệp nhỏ và vừa được tiếp cận dùng thử các nền tảng chuyển đổi số",
  },
  {
    id: "29.2",
    parent: "29",
    pillar: "kinh-te-so",
    kind: "percent",
    target: "> 30%",
    title: "Tỷ lệ doanh nghiệp nhỏ và vừa thường xuyên sử dụng các nền tảng chuyển đổi số",
  },
  {
    id: "30",
    parent: null,
    pillar: "xa-hoi-so",
    kind: "percent",
    target: "> 80%",
    title: "Tỷ lệ thuê bao điện thoại di động sử dụng điện thoại thông minh trên 80%",
  },
  {
    id: "31",
    parent: null,
    pillar: "xa-hoi-so",
    kind: "percent",
    target: "> 85%",
    title: "Tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng trên 85%",
  },
  {
    id: "32",
    parent: null,
    pillar: "xa-hoi-so",
    kind: "percent",
    target: "> 30%",
    title: "Tỷ lệ dân số trưởng thành có tài khoản định danh điện tử trên 30%",
  },
  {
    id: "33",
    parent: null,
    pillar: "xa-hoi-so",
    kind: "ratio",
    target: "> 20%",
    title: "Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân trên 20%",
    parts: { num: "33.1", den: "33.2" },
  },
  {
    id: "33.1",
    parent: "33",
    pillar: "xa-hoi-so",
    kind: "count",
    target: null,
    title: "Số người dân trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân (a)",
  },
  {
    id: "33.2",
    parent: "33",
    pillar: "xa-hoi-so",
    kind: "count",
    target: null,
    title: "Tổng số người dân trưởng thành (b)",
  },
  {
    id: "34",
    parent: null,
    pillar: "xa-hoi-so",
    kind: "percent",
    target: "> 75%",
    title:
      "Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác trên 75%",
  },
  {
    id: "35",
    parent: null,
    pillar: "xa-hoi-so",
    kind: "percent",
    target: "> 60%",
    title: "Tỷ lệ dân số trưởng thành có tài khoản dịch vụ công trực tuyến trên 60%",
  },
  {
    id: "36",
    parent: null,
    pillar: "xa-hoi-so",
    kind: "percent",
    target: "> 30%",
    title: "Tỷ lệ dân số trưởng thành sử dụng nền tảng hỗ trợ tư vấn khám chữa bệnh từ xa trên 30%",
  },
  {
    id: "37",
    parent: null,
    pillar: "xa-hoi-so",
    kind: "percent",
    target: "> 80%",
    title: "Tỷ lệ dân số có hồ sơ sức khỏe điện tử trên 80%",
  },
  {
    id: "38",
    parent: null,
    pillar: "an-toan-an-ninh-mang",
    kind: "ratio",
    target: "> 80%",
    title:
      "Tỷ lệ hệ thống thông tin của cơ quan nhà nước hoàn thành phê duyệt cấp độ an toàn hệ thống thông tin trên 80%",
    parts: { num: "38.1", den: "38.2" },
  },
  {
    id: "38.1",
    parent: "38",
    pillar: "an-toan-an-ninh-mang",
    kind: "count",
    target: null,
    title:
      "Số hệ thống thông tin của đơn vị hoàn thành phê duyệt cấp độ an toàn hệ thống thông tin (a)",
  },
  {
    id: "38.2",
    parent: "38",
    pillar: "an-toan-an-ninh-mang",
    kind: "count",
    target: null,
    title: "Tổng số hệ thống thông tin của đơn vị (b)",
  },
  {
    id: "39",
    parent: null,
    pillar: "an-toan-an-ninh-mang",
    kind: "ratio",
    target: "> 30%",
    title:
      "Tỷ lệ hệ thống thông tin của cơ quan nhà nước đáp ứng yêu cầu bảo đảm an toàn hệ thống thông tin theo cấp độ trên 30%",
    parts: { num: "39.1", den: "38.2" },
  },
  {
    id: "39.1",
    parent: "39",
    pillar: "an-toan-an-ninh-mang",
    kind: "count",
    target: null,
    title:
      "Số hệ thống thông tin của cơ quan nhà nước đáp ứng yêu cầu bảo đảm an toàn hệ thống thông tin theo cấp độ (a)",
  },
  {
    id: "40",
    parent: null,
    pillar: "an-toan-an-ninh-mang",
    kind: "percent",
    target: "> 20%",
    title:
      "Tỷ lệ thuê bao điện thoại di động thông minh có sử dụng phần mềm an toàn thông tin mạng cơ bản trên 20%",
  },
  {
    id: "41",
    parent: null,
    pillar: "an-toan-an-ninh-mang",
    kind: "percent",
    target: "> 10%",
    title:
      "Tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng có sử dụng giải pháp an toàn thông tin mạng cơ bản đạt trên 10%",
  },
];
