/**
 * The placeholder keys of the official template, row by row, exactly as the template writes them once the
 * whitespace inside the brackets is removed — typos included, since they are what a template to fill contains
 * (docs/domain.md#template-defects, defects 2–5). Kept apart from the catalog so that the custom functions do not load
 * them.
 *
 * A body without prefix is the row's figure, `danhgia.` its verdict, `ghichu.` its notes.
 */
export const templateKeys: Readonly<Record<string, readonly string[]>> = {
  "1": [
    "ThanhphoHoChiMinhthuocnhom5diaphuongdungdauvechuyendoiso",
    "danhgia.ThanhphoHoChiMinhthuocnhom5diaphuongdungdauvechuyendoiso",
    "ghichu.ThanhphoHoChiMinhthuocnhom5diaphuongdungdauvechuyendoiso",
  ],
  "2": [
    "Banhanhdanhmuccosodulieuthuocphamviquanlyvakehoachlotrinhcuthedexaydungtrienkhaicaccosodulieutrongdanhmuc",
    "danhgia.Banhanhdanhmuccosodulieuthuocphamviquanlyvakehoachlotrinhcuthedexaydungtrienkhaicaccosodulieutrongdanhmuc",
    "ghichu.Banhanhdanhmuccosodulieuthuocphamviquanlyvakehoachlotrinhcuthedexaydungtrienkhaicaccosodulieutrongdanhmuc",
  ],
  "3": [
    "Banhanhkehoachvedulieumobaogomdanhmucdulieumokehoachcongbodulieumocuacoquannhanuocthuocphamviquanlyvamucdotoithieucandatduoctrongtunggiaidoancuakehoachcungcaplandaudulieumothethekehoach",
    "danhgia.Banhanhkehoachvedulieumobaogomdanhmucdulieumokehoachcongbodulieumocuacoquannhanuocthuocphamviquanlyvamucdotoithieucandatduoctrongtunggiaidoancuakehoachcungcaplandaudulieumothethekehoach",
    "ghichu.Banhanhkehoachvedulieumobaogomdanhmucdulieumokehoachcongbodulieumocuacoquannhanuocthuocphamviquanlyvamucdotoithieucandatduoctrongtunggiaidoancuakehoachcungcaplandaudulieumothethekehoach",
  ],
  "4": [
    "CungcapdichvuchiasedulieutrennentangtichhopchiasedulieuLGSP",
    "danhgia.CungcapdichvuchiasedulieutrennentangtichhopchiasedulieuLGSP",
    "ghichu.CungcapdichvuchiasedulieutrennentangtichhopchiasedulieuLGSP",
  ],
  "5": [
    "Trienkhainentangphantichxulydulieutonghopcaptinhcoungdungtrituenhantaodetoiuuhoahoatdong",
    "danhgia.Trienkhainentangphantichxulydulieutonghopcaptinhcoungdungtrituenhantaodetoiuuhoahoatdong",
    "ghichu.Trienkhainentangphantichxulydulieutonghopcaptinhcoungdungtrituenhantaodetoiuuhoahoatdong",
  ],
  "6": [
    "Trienkhaichucnangkhodulieudientucuatochuccanhantrenhethongthongtingiaiquyetthutuchanhchinhcaptinhdenguoidandoanhnghiepchiphaicungcapthongtinmotlanchocoquannhanuockhithuchiendichvucongtructuyen",
    "danhgia.Trienkhaichucnangkhodulieudientucuatochuccanhantrenhethongthongtingiaiquyetthutuchanhchinhcaptinhdenguoidandoanhnghiepchiphaicungcapthongtinmotlanchocoquannhanuockhithuchiendichvucongtructuyen",
    "ghichu.Trienkhaichucnangkhodulieudientucuatochuccanhantrenhethongthongtingiaiquyetthutuchanhchinhcaptinhdenguoidandoanhnghiepchiphaicungcapthongtinmotlanchocoquannhanuockhithuchiendichvucongtructuyen",
  ],
  "7": [
    "Banhanhkehoachhanhdongnangcaonanglucphattrienvaquantridulieuthuocphamviquanly",
    "danhgia.Banhanhkehoachhanhdongnangcaonanglucphattrienvaquantridulieuthuocphamviquanly",
    "ghichu.Banhanhkehoachhanhdongnangcaonanglucphattrienvaquantridulieuthuocphamviquanly",
  ],
  "8": [
    "Cosogiaoducnghenghiepcaodangdaihocsaudaihocbosungcacmonhocvedulieulonthietkephantichxulydulieuphuhopvoidacthutuongungcuatungnganhnghevaochuongtrinhdaotao",
    "danhgia.Cosogiaoducnghenghiepcaodangdaihocsaudaihocbosungcacmonhocvedulieulonthietkephantichxulydulieuphuhopvoidacthutuongungcuatungnganhnghevaochuongtrinhdaotao",
    "ghichu.Cosogiaoducnghenghiepcadangdaihocsaudaihocbosungcacmonhocvedulieulonthietkephantichxulydulieuphuhopvoidacthutuongungcuatungnganhnghevaochuongtrinhdaotao",
  ],
  "9": [
    "tyletoanthanhpho.Sotrangcongthongtindientudonvidangquanlyduocdanhgiaaantoanthongtinvadannahntinnhiemmang.Sotrangcongthongtindientudonvidangquanly.Tylecongthongtindientucuacoquannhanuocduocdanhgiaantoanthongtinvadannahntinnhiemmang",
    "danhgia.tyle.Tylecongthongtindientucuacoquannhanuocduocdanhgiaantoanthongtinvadannahntinnhiemmang",
    "ghichu.tyle.Tylecongthongtindientucuacoquannhanuocduocdanhgiaantoanthongtinvadannahntinnhiemmang",
  ],
  "9.1": [
    "Sotrangcongthongtindientudonvidangquanlyduocdanhgiaaantoanthongtinvadannahntinnhiemmang",
  ],
  "9.2": ["Sotrangcongthongtindientudonvidangquanly"],
  "10": [
    "Trienkhaicachoaatdongnangcaochatluongvahieuquacungcapdichvucongtructuyen",
    "danhgia.Trienkhaicachoaatdongnangcaochatluongvahieuquacungcapdichvucongtructuyen",
    "ghichu.Trienkhaicachoaatdongnangcaochatluongvahieuquacungcapdichvucongtructuyen",
  ],
  "11": [
    "Hoanthanhtrienkhaihethongthongtingiaiquyetthutuchanhchinhcaptinh",
    "danhgia.Hoanthanhtrienkhaihethongthongtingiaiquyetthutuchanhchinhcaptinh",
    "ghichu.Hoanthanhtrienkhaihethongthongtingiaiquyetthutuchanhchinhcaptinh",
  ],
  "12": [],
  "12.1": [
    "tyletoanthanhpho.SohtutuchanhchinhduocUBNDTPcongbodapungyeucaucungcapdichvucongtructuyentoantrinhdaduoctrienkhaidichvucongtructuyentoantrinhtrenHTTTgiaiquyetthutuchanhchinhcuathanhpho.SohtutuchanhchinhdaduocUBNDTPcongbodapungyeucaucungcapdichvucongtructuyentoantrinh.Thutuchanhchinhdudieukientheoquydinhcuaaphapluat",
    "danhgia.tyle.Thutuchanhchinhdudieukientheoquydinhcuaaphapluat",
    "ghichu.tyle.Thutuchanhchinhdudieukientheoquydinhcuaaphapluat",
  ],
  "12.2": [
    "tyletoanthanhpho.SodichvucongtructuyentoantrinhduoctichopcungcaptrenCongdichvucongquocgia.SohtutuchanhchinhduocUBNDTPcongbodapungyeucaucungcapdichvucongtructuyentoantrinhdaduoctrienkhaidichvucongtructuyentoantrinhtrenHTTTgiaiquyetthutuchanhchinhcuathanhpho.DichvucongtructuyentoantrinhduoctichopcungcaptrenCongdichvucongquocgia",
    "danhgia.tyle.DichvucongtructuyentoantrinhduoctichopcungcaptrenCongdichvucongquocgia",
    "ghichu.tyle.DichvucongtructuyentoantrinhduoctichopcungcaptrenCongdichvucongquocgia",
  ],
  "12.3": [
    "SothutuchanhchinhduocUBNDTPcongbodapungyeucaucungcapdichvucongtructuyentoantrinhdaduotrienkhaidichvucongtructuyentoantrinhtrenHTTTgiaiquyetthutuchanhchinhcuathanhpho",
  ],
  "12.4": ["SothutuchanhchinhdaduocUBNDTPcongbodapungyeucaucungcapdichvucongtructuyentoantrinh"],
  "12.5": ["SodichvucongtructuyentoantrinhduoctichhopcungcaptrenCongdichvucongquocgia"],
  "13": [
    "tyletoanthanhpho.SoluongdichvucongtructuyenmotphandichvucongtructuyentoantrinhdaduocungcaptrenHTTTgiaiquyetthutuchanhchinhTP.SoluongthutuchanhchinhdaduocUBNDTPcongbodapungyeucaucungcapdichvucongtructuyentoantrinhmotphan.Danhmucthutuchanhchinhdapungyeucauthuchiendichvucongtructuyen",
    "danhgia.tyle.Danhmucthutuchanhchinhdapungyeucauthuchiendichvucongtructuyen",
    "ghichu.tyle.Danhmucthutuchanhchinhdapungyeucauthuchiendichvucongtructuyen",
  ],
  "13.1": [
    "SoluongdichvucongtructuyenmotphandichvucongtructuyentoantrinhdaduoccungcaptrenHTTTgiaiquyetthutuchanhchinhTP",
  ],
  "13.2": [
    "SoluongthutuchanhchinhdaduocUBNDTPcongbodapungyeucaucungcapdichvucongtructuyentoantrinhmotphan",
  ],
  "14": [],
  "14.1": [
    "ThanhtoantructuyentrenCongDichvucongquocgiatrentongsogiaodichthanhtoancuadichvucong",
    "danhgia.ThanhtoantructuyentrenCongDichvucongquocgiatrentongsogiaodichthanhtoancuadichvucong",
    "ghichu.ThanhtoantructuyentrenCongDichvucongquocgiatrentongsogiaodichthanhtoancuadichvucong",
  ],
  "14.2": [
    "ThutuchanhchinhcoyeucaunghiaivutaichinhduocthanhtoantructuyentrenCongDichvucongquocgia",
    "danhgia.ThutuchanhchinhcoyeucaunghiaivutaichinhduocthanhtoantructuyentrenCongDichvucongquocgia",
    "ghichu.ThutuchanhchinhcoyeucaunghiaivutaichinhduocthanhtoantructuyentrenCongDichvucongquocgia",
  ],
  "15": [
    "Dichvucongtructuyenduocdinhdanhvaxacthucthongsuothopnhattrentatcacachethongcuacaccapchinhquyentutronguondendiaphuong",
    "danhgia.Dichvucongtructuyenduocdinhdanhvaxacthucthongsuothopnhattrentatcacachethongcuacaccapchinhquyentutronguondendiaphuong",
    "ghichu.Dichvucongtructuyenduocdinhdanhvaxacthucthongsuothopnhattrentatcacachethongcuacaccapchinhquyentutronguondendiaphuong",
  ],
  "16": [
    "tyletoanthanhpho.Sohosothutuchanhchinhduocxulytructuyen.Tongsosohosothutuchanhchinhduocxulytructuyentructiep.Tylehosothutuchanhchinhxulytructuyen",
    "danhgia.tyle.Tylehosothutuchanhchinhxulytructuyen",
    "ghichu.tyle.Tylehosothutuchanhchinhxulytructuyen",
  ],
  "16.1": ["Sohosothutuchanhchinhduocxulytructuyen"],
  "16.2": ["Tongsosohosothutuchanhchinhduocxulytructuyentructiep"],
  "17": [
    "tyletoanthanhpho.Soketquagiaiquyetthutuchanhchinhduocsohoa.Tongsosohosothutuchanhchinhthiepnhan.Tylesohoaketquagiaiquyetthutuchanhchinh",
    "danhgia.tyle.Tylesohoaaketquagiaiquyetthutuchanhchinh",
    "ghichu.tyle.Tylesohoaketquagiaiquyetthutuchanhchinh",
  ],
  "17.1": ["Soketquagiaiquyetthutuchanhchinhduocsohoa"],
  "17.2": ["Tongsosohosothutuchanhchinhthiepnhan"],
  "18": [
    "tyletoanthanhpho.Sohosogiaiquyetthutuchanhchinhduocsohoa.Tongsosohosothutuchanhchinhthiepnhan.Tylesohoahosogiaiquyetthutuchanhchinhcuacacsobannganhthanhphocaphuyencapxa",
    "danhgia.tyle.Tylesohoahosogiaiquyetthutuchanhchinhcuacacsobannganhthanhpho",
    "ghichu.tyle.Tylesohoahosogiaiquyetthutuchanhchinhcuacacsobannganhthanhphocaphuyencapxa",
  ],
  "18.1": ["Sohosogiaiquyetthutuchanhchinhduocsohoa"],
  "18.2": ["Tongsohosothutuchanhchinhthiepnhan"],
  "18.3": [
    "tyletoanthanhpho.Sohosogiaiquyetthutuchanhchinhduocsohoa.Tongsohosothutuchanhchinhthiepnhan",
  ],
  "19": [
    "Banhanhkehoachtrienkhaityrolyaphucvuhoatdongcuacanbocongchucvienchucvaphucvunguoidan",
    "danhgia.Banhanhkehoachtrienkhaityrolyaphucvuhoatdongcuacanbocongchucvienchucvaphucvunguoidan",
    "ghichu.Banhanhkehoachtrienkhaityrolyaphucvuhoatdongcuacanbocongchucvienchucvaphucvunguoidan",
  ],
  "20": [
    "tyletoanthanhpho.Socanbocongchucanhdaocanbocongchuthuchientiepnhangiaiquyethosothutuchanhchinhhtaicadonvicoapdungkukysotronggiaiquyethosothutuchanhchinh.Tongsocanbocongchucanhdaocanbocongchuthuchientiepnhangiaiquyethosothutuchanhchinhhtaicadonvi.Thuchientiepnhangiaiquyethosothutuchanhchinhhtaicadonviapdungkukysotronggiaiquyethosothutuchanhchinh",
    "danhgia.tyle.Thuchientiepnhangiaiquyethosothutuchanhchinhhtaicadonviapdungkukysotronggiaiquyethosothutuchanhchinh",
    "ghichu.tyle.Thuchientiepnhangiaiquyethosothutuchanhchinhhtaicadonviapdungkukysotronggiaiquyethosothutuchanhchinh",
  ],
  "20.1": [
    "Socanbocongchucanhdaocanbocongchuthuchientiepnhangiaiquyethosothutuchanhchinhhtaicadonvicoapdungchukysotronggiaiquyethosothutuchanhchinh",
  ],
  "20.2": [
    "Tongsocanbocongchucloanhdaocanbocongchucthuchientiepnhangiaiquyethosothutuchanhchinhtaicacdonvi",
  ],
  "21": [
    "tyletoanthanhpho.Sovanbanduothuchientrenmoitruongdientu.Tongsovanbantaodoigiucacquanhanhchinhnhanuocrucacvanbanchuanbimatnhanuoc.Cacvanbantailieuchinhthuctraodoigiucacquanhanhchinhnhanuocduothuchientrenmoitruongdientutrucacvanbanchuanbimatnhanuoc",
    "danhgia.tyle.Cacvanbantailieuchinhthuctraodoigiucacquanhanhchinhnhanuocduothuchientrenmoitruongdientutrucacvanbanchuanbimatnhanuoc",
    "ghichu.tyle.Cacvanbantailieuchinhthuctraodoigiucacquanhanhchinhnhanuocduothuchientrenmoitruongdientutrucacvanbanchuanbimatnhanuoc",
  ],
  "21.1": ["Sovanbanduothuchientrenmoitruongdientu"],
  "21.2": ["Tongsovanbantaodoigiucacquanhanhchinhnhanuocrucacvanbanchuanbimatnhanuoc"],
  "22": [
    "Trienkhaiketnoivoihethongthongtincuadoituongquanlydethuthapdulieutructuyenphucvucongtacquanlynhanuoctheoquydinghucuphapluat",
    "danhgia.Trienkhaiketnoivoihethongthongtincuadoituongquanlydethuthapdulieutructuyenphucvucongtacquanlynhanuoctheoquyđinhcuaphapluat",
    "ghichu.Trienkhaiketnoivoihethongthongtincuadoituongquanlydethuthapdulieutructuyenphucvucongtacquanlynhanuoctheoquydinghucuphapluat",
  ],
  "22.1": [
    "sodonviTrienkhaiketnoivoihethongthongtincuadoituongquanlydethuthapdulieutructuyenphucvucongtacquanlynhanuoctheoquydinhcuaphapluat",
  ],
  "23": [
    "tyletoanthanhpho.Sohoatdongkiemtrahanhchinhdinhkycuacoquanquanlynhanuocdoivoidoituongquanlyduocthuchienthongquamoitruongsovahethongthongtincuacoquanquanly.Tongsohoatdongkiemtrahanhchinhdinhkycuacoquanquanlynhanuocdoivoidoituongquanly.Hoatdongkiemtrahanhchinhdinhkycuacoquanquanlynhanuocdoivoidoituongquanly",
    "danhgia.tyle.Hoatdongkiemtrahanhchinhdinhkycuacoquanquanlynhanuocdoivoidoituongquanly",
    "ghichu.tyle.Hoatdongkiemtrahanhchinhdinhkycuacoquanquanlynhanuocdoivoidoituongquanly",
  ],
  "23.1": [
    "Sohoatdongkiemtrahanhchinhdinhkycuacoquanquanlynhanuocdoivoidoituongquanlyduocthuchienthongquamoitruongsovahethongthongtincuacoquanquanly",
  ],
  "23.2": ["Tongsohoatdongkiemtrahanhchinhdinhkycuacoquanquanlynhanuocdoivoidoituongquanly"],
  "24": [
    "tyletoanthanhpho.Socanbocongchucvienchucduoctaphuanboiduongphocapkynangsocoban.Tongsocanbocongchucvienchuc.Canbocongchucvienchucduoctaphuanboiduongphocapkynangsocoban",
    "danhgia.tyle.Canbocongchucvienchucduoctaphuanboiduongphoc",
    "ghichu.tyle.Canbocongchucvienchucduoctaphuanboiduongphocapkynangsocoban",
  ],
  "24.1": ["Socanbocongchucvienchucduoctaphuanboiduongphocapkynangsocoban"],
  "24.2": ["Tongsocanbocongchucvienchuc"],
  "25": [
    "KinhtesodonggopvaoGRDPcuathanhpho",
    "danhgia.KinhtesodonggopvaoGRDPcuathanhpho",
    "ghichu.KinhtesodonggopvaoGRDPcuathanhpho",
  ],
  "26": [
    "Tytrongthuongmaidientutrongtongmucbanletren",
    "danhgia.Tytrongthuongmaidientutrongtongmucbanletren",
    "ghichu.Tytrongthuongmaidientutrongtongmucbanletren",
  ],
  "27": [
    "Banhanhvatochuctrienkhaikehoachphattrienkinhtesovaxahoisothuocphamviquuanly",
    "danhgia.Banhanhvatochuctrienkhaikheoachphattrienkinhtesovaxahoisothuocphamviquanly",
    "ghichu.Banhanhvatochuctrienkhaikheoachphattrienkinhtesovaxahoisothuocphamviquanly",
  ],
  "28": [],
  "28.1": [
    "Trienkaicachoaatdongthucdaychuyendoisothanhtoankhôngdungtienmatrongcaccosoyte",
    "danhgia.Trienkhaicachoatdongthucdaychuyendoisothanhtooankhongdungtienmatrongcaccosoyte",
    "ghichu.Trienkaicachoaatdongthucdaychuyendoisothanhtoankhongdungtienmatrongcaccosoyte",
  ],
  "28.2": [
    "Trienkhaicachoaatdongthucdaychuyendoisothanhtoankhôngdungtienmatrongcaccosoyte",
    "danhgia.Trienkhaicachoaatdongthucdaychuyendoisothanhtooankhongdungtienmatrongcaccosoyte",
    "ghichu.Trienkhaicachoaatdongthucdaychuyendoisothanhtooankhongdungtienmatrongcaccosoyte",
  ],
  "29": [],
  "29.1": [
    "Doanhnghiepnhovavuaduoctiepcandungthucacnentangchuyendoiso",
    "danhgia.Doanhnghiepnhovavuaduoctiepcandungthucacnentangchuyendoiso",
    "ghichu.Doanhnghiepnhovavuaduoctiepcandungthucacnentangchuyendoiso",
  ],
  "29.2": [
    "Doanhnghiepnhovavuathuongxuyensudungcacnentangchuyendoiso",
    "danhgia.Doanhnghiepnhovavuathuongxuyensudungcacnentangchuyendoiso",
    "ghichu.Doanhnghiepnhovavuathuongxuyensudungcacnentangchuyendoiso",
  ],
  "30": [
    "Thuebaodienthoaididongsudungdienthoaitongminh",
    "danhgia.Thuebaodienthoaididongsudungdienthoaitongminh",
    "ghichu.Thuebaodienthoaididongsudungdienthoaitongminh",
  ],
  "31": [
    "HogiadinhhocduongInternetcapquangbangrong",
    "danhgia.HogiadinhhocduongInternetcapquangbangrong",
    "ghichu.HogiadinhhocduongInternetcapquangbangrong",
  ],
  "32": [
    "Dansotruongthanhhcotaikhoandinhdanhdientu",
    "danhgia.Dansotruongthanhhcotaikhoandinhdanhdientu",
    "ghichu.Dansotruongthanhhcotaikhoandinhdanhdientu",
  ],
  "33": [
    "tyletoanthanhpho.Songuoidantruongthanhhcochukysohoacchukydientucanh.Tongdansotruongthanhh.Dansotruongthanhhcochukysohoacchukydientucanh",
    "danhgia.tyle.Dansotruongthanhhcochukysohoacchukydientucanh",
    "ghichu.tyle.Dansotruongthanhhcochukysohoacchukydientucanh",
  ],
  "33.1": ["Songuoidantruongthanhhcochukysohoacchukydientucanh"],
  "33.2": ["Tongdansotruongthanhh"],
  "34": [
    "Dansotu15tuoitrolencotaikhoangiaodichthanhtoantainganhanghoactochucduocphiepkhac",
    "danhgia.Dansotu15tuoitrolencotaikhoangiaodichthanhtoantainganhanghoactochucduocphiepkhac",
    "ghichu.Dansotu15tuoitrolencotaikhoangiaodichthanhtoantainganhanghoactochucduocphiepkhac",
  ],
  "35": [
    "Dansotruongthanhcotaikhoandichvucongtructuyen",
    "danhgia.Dansotruongthanhcotaikhoandichvucongtructuyen",
    "ghichu.Dansotruongthanhcotaikhoandichvucongtructuyen",
  ],
  "36": [
    "Dansotruongthanhsudungnentanghotrotuvankhamchuabenhtuxa",
    "danhgia.Dansotruongthanhsudungnentanghotrotuvankhamchuabenhtuxa",
    "ghichu.Dansotruongthanhsudungnentanghotrotuvankhamchuabenhtuxa",
  ],
  "37": [
    "Dansocohososuckhoedientu",
    "danhgia.Dansocohososuckhoedientu",
    "ghichu.Dansocohososuckhoedientu",
  ],
  "38": [
    "tyletoanthanhpho.Sohethongthongtincuadonvihoanthanhpheduyetcapdoantoanhethongthongtin.Tongsohethongthongtincuadonvi.Hethongthongtincuacoquanhanuochhoanthanhpheduyetcapdoantoanhethongthongtin",
    "danhgia.tyle.Hethongthongtincuacoquanhanuochhoanthanhpheduyetcapdoantoanhethongthongtin",
    "ghichu.tyle.Hethongthongtincuacoquanhanuochhoanthanhpheduyetcapdoantoanhethongthongtin",
  ],
  "38.1": ["Sohethongthongtincuadonvihoanthanhpheduyetcapdoantoanhethongthongtin"],
  "38.2": ["Tongsohethongthongtincuadonvi"],
  "39": [
    "tyle.Hethongthongtincuacoquannhanuocdapungyeucaubaodamantoanhethongthongtintheocapdo",
    "danhgia.tyle.Hethongthongtincuacoquannhanuocdapungyeucaubaodamantoanhethongthongtintheocapdo",
    "ghichu.tyle.Hethongthongtincuacoquannhanuocdapungyeucaubaodamantoanhethongthongtintheocapdo",
  ],
  "39.1": ["Sohethongthongtincuacoquannhanuocdapungyeucaubaodamantoanhethongthongtintheocapdo"],
  "40": [
    "Thuebaodienthoaididongthongminhcosudungphanmemantoanthongtinmangcoban",
    "danhgia.Thuebaodienthoaididongthongminhcosudungphanmemantoanthongtinmangcoban",
    "ghichu.Thuebaodienthoaididongthongminhcosudungphanmemantoanthongtinmangcoban",
  ],
  "41": [
    "TylehogiadinhcoduongInternetcapquangbangrongcosudunggiaiphapantoanthongtinmangcoban",
    "danhgia.TylehogiadinhcoduongInternetcapquangbangrongcosudunggiaiphapantoanthongtinmangcoban",
    "ghichu.TylehogiadinhcoduongInternetcapquangbangrongcosudunggiaiphapantoanthongtinmangcoban",
  ],
};
