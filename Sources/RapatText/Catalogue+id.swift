// The UI catalogue in Bahasa Indonesia: the UI's own language and the fallback for any missing key.
// One entry per key, grouped by feature; keep the sections in the same order in both files.
// Legal documents never use this catalogue: they stay Indonesian in either language.
extension Catalogue {
    public static let indonesian: KeyValuePairs<String, String> = [
        "language.name": "Bahasa Indonesia",

        // MARK: - core
        "core.voteMethod.show": "terbuka (angkat tangan)",
        "core.voteMethod.rollCall": "terbuka per nama",
        "core.voteMethod.secret": "tertutup (surat suara)",
        "core.voteChoice.yes": "setuju",
        "core.voteChoice.no": "tidak setuju",
        "core.voteChoice.abstain": "abstain",
        "core.motionKind.ordinary": "usul biasa",
        "core.motionKind.reportApproval": "pengesahan laporan",
        "core.motionKind.surplus": "pembagian SHU",
        "core.motionKind.workPlanAndBudget": "rencana kerja dan RAPB",
        "core.motionKind.articlesAmendment": "perubahan Anggaran Dasar",
        "core.motionKind.dissolution": "pembubaran koperasi",
        "core.motionKind.merger": "penggabungan/peleburan/pembagian",
        "core.motionKind.other": "lainnya",
        "core.memberStatus.regular": "anggota biasa",
        "core.memberStatus.associate": "anggota luar biasa",
        "core.memberStatus.candidate": "calon anggota",
        "error.emptyRoster": "Daftar anggota kosong: impor buku daftar anggota dengan `rapat roster import anggota.csv`.",
        "error.duplicateMemberNumber": "Nomor anggota {n} muncul lebih dari sekali: perbaiki buku daftar anggota lalu impor ulang.",
        "error.rosterFrozen": "Daftar anggota sudah dibekukan saat registrasi dibuka {time}: perubahan anggota berlaku untuk rapat berikutnya.",
        "error.registrationNotOpen": "Registrasi belum dibuka: buka daftar hadir dulu (perintah open_registration).",
        "error.registrationAlreadyOpen": "Registrasi sudah dibuka sejak {time}.",
        "error.notAMember": "Nomor {n} tidak terdaftar di buku daftar anggota: tidak dihitung dalam kuorum; periksa nomornya, atau catat sebagai tamu bukan anggota (perintah guest).",
        "error.alreadyPresent": "{name} ({n}) sudah hadir sejak {time}: tidak dicatat dua kali.",
        "error.notPresent": "{name} ({n}) tidak sedang hadir: tidak bisa dicatat keluar.",
        "error.neverCheckedIn": "{name} ({n}) belum pernah hadir: catat kehadirannya dengan Enter.",
        "error.notAway": "{name} ({n}) tidak sedang keluar: tidak perlu dicatat kembali.",
        "error.timeBeforeLastEvent": "Waktu {at} lebih awal dari catatan terakhir {last}: waktu harus berurutan.",
        "error.timeBeforeLastEvent.member": "Waktu {at} untuk {n} lebih awal dari catatan terakhir {last}: waktu harus berurutan.",
        "error.timeInFuture": "Waktu {at} lebih dari {minutes} menit sesudah jam komputer ({now}): periksa tanggal dan jam perintahnya, atau jam komputer.",
        "error.meetingAlreadyOpened": "Rapat sudah dibuka {time}.",
        "error.missingField": "{field} wajib diisi.",
        "error.meetingNotOpened": "Rapat belum dibuka: buka rapat dulu (perintah open_meeting).",
        "error.lastAgendaItem": "{title} adalah acara terakhir: tidak ada acara berikutnya.",
        "error.quorumNotDeclaredMet.unchecked": "Kuorum belum diperiksa: umumkan N, H, dan Q dulu (perintah check_quorum).",
        "error.quorumNotDeclaredMet": "Kuorum belum tercapai (hadir {present}, wajib {required}): tunggu lalu hitung ulang, atau tunda rapat.",
        "error.meetingPostponed": "Rapat sudah DITUNDA {time}: tidak ada lagi yang dicatat; rapat berikutnya memakai berkas rapat baru.",
        "error.quorumIsMet": "Kuorum tercapai (hadir {present}, wajib {required}): rapat tidak perlu ditunda.",
        "error.quorumWaitNotOver": "Waktu tunggu kuorum belum habis: hitung ulang kuorum {time} atau sesudahnya, baru rapat dapat ditunda.",
        "error.meetingClosed": "Rapat sudah ditutup {time}: tidak ada lagi yang dicatat.",
        "error.quorumLostForDecision": "KUORUM HILANG: hadir {present}, wajib {required}. Keputusan tidak dapat diambil; skors dan panggil anggota kembali, lanjutkan pembahasan tanpa keputusan, atau tunda acara yang tersisa.",
        "error.noSuchNote": "Catatan nomor {n} tidak ada: periksa nomornya.",
        "error.inRecess": "Rapat sedang diskors sejak {time}: cabut skorsing dulu (kuorum diperiksa ulang).",
        "error.speakerNotPresent": "{name} ({n}) tidak tercatat hadir: catat kehadirannya dulu di meja registrasi, atau catat sebagai undangan.",
        "error.negativeAmount": "{label} tidak boleh negatif ({amount}): periksa angkanya; hanya SHU yang boleh negatif (rugi).",
        "error.notInRecess": "Rapat tidak sedang diskors.",
        "error.noSuchEvent": "Catatan jurnal nomor {seq} tidak ada: periksa nomornya (`seq` yang dicetak `rapat apply --json`; di layar acara, W membatalkan catatan terakhir tanpa nomor).",
        "error.eventAlreadyWithdrawn": "Catatan jurnal nomor {seq} sudah dibatalkan {time}: tidak dibatalkan dua kali.",
        "error.attendanceNotWithdrawable": "Catatan jurnal nomor {seq} adalah kehadiran: batalkan dengan void_check_in (F8 di meja registrasi), atau catat keluar/kembali.",
        "error.notWithdrawable": "Catatan jurnal nomor {seq} ({kind}) tidak dapat dibatalkan dengan withdraw: yang dapat dibatalkan hanya pembukaan, kuorum, perpindahan acara, skorsing/pencabutannya, termin pertanyaan, keputusan mufakat/aklamasi, penutupan, usul, dan usulan SHU; catatan dikoreksi dengan perbaikan catatan, SHU dengan ubah persentase.",
        "error.eventReliedUpon": "Catatan jurnal nomor {seq} sudah menjadi dasar catatan sesudahnya (nomor {later}, {kind}): batalkan dulu yang sesudahnya; hasil pemungutan suara tidak dapat dibatalkan.",
        "error.noSuchMotion": "Usul nomor {n} tidak ada: ajukan usulnya dulu (perintah motion).",
        "error.motionAlreadyDecided": "Usul nomor {motion} sudah diputuskan (keputusan nomor {decision}): tidak diputuskan dua kali.",
        "error.voteInProgress": "Pemungutan suara {round} masih berlangsung: tutup dulu (perintah close_vote).",
        "error.noVoteOpen": "Tidak ada pemungutan suara yang sedang dibuka: buka dulu (perintah open_vote).",
        "error.wrongVoteMethod.show": "Pemungutan suara ini {method}: gunakan jumlah angkat tangan (vote_counts).",
        "error.wrongVoteMethod.rollCall": "Pemungutan suara ini {method}: gunakan suara per nama (cast_vote).",
        "error.wrongVoteMethod.secret": "Pemungutan suara ini {method}: gunakan hasil hitung surat suara (ballots).",
        "error.cannotVote": "{name} ({n}) tidak dapat memberi suara: {reason}.",
        "error.alreadyVoted": "{name} ({n}) sudah memberi suara ({choice}): satu anggota satu suara.",
        "error.countsExceedEligible": "Jumlah suara {counted} melebihi anggota berhak suara yang hadir ({eligible}): hitung ulang.",
        "error.countsExceedPresent": "Jumlah suara {counted} melebihi anggota berhak suara yang masih hadir ({present}; saat pemungutan suara dibuka {open}): hitung ulang, atau catat dulu anggota yang kembali ke ruangan.",
        "error.ballotsDoNotAddUp": "Surat suara kembali {returned} tetapi terhitung {counted} (per pilihan + blanko + tidak sah): periksa hitungannya.",
        "error.ballotsExceedEligible": "Surat suara dibagikan {issued} melebihi anggota berhak suara yang hadir ({eligible}).",
        "error.specialQuorumNotMet": "Kuorum khusus {kind} tidak terpenuhi: hadir {present}, wajib {required} ({formula}). Keputusan ini tidak dapat diambil dalam rapat ini.",
        "error.nothingCounted": "Belum ada hasil hitung untuk pemungutan suara {method}: masukkan dulu jumlah suaranya.",
        "error.tieNeedsCastingVote": "Suara sama banyak dan AD memberi pimpinan suara penentu: catat suara penentu pimpinan (casting).",
        "error.noSuchElection": "Pemilihan nomor {n} tidak ada: buka pemilihannya dulu (perintah open_election).",
        "error.electionDecided": "Pemilihan nomor {n} sudah selesai dan ditetapkan.",
        "error.candidateRefused": "{name} ({n}) tidak dapat dicalonkan: {reason}.",
        "error.acclamationNeedsFewerCandidates": "Calon {candidates} orang untuk {seats} kursi: aklamasi hanya bila calon tidak lebih dari kursi; lakukan pemungutan suara rahasia.",
        "error.chairMustHandOver": "{name} termasuk pimpinan rapat dan menjadi calon: serahkan pimpinan acara ini kepada orang lain dulu (perintah hand_over_chair).",
        "error.lotNotDue": "Undian belum dapat dilakukan: {reason}.",
        "error.proxyRefused": "Surat kuasa ditolak: {reason}.",
        "error.shuInvalid": "Pembagian SHU tidak dapat dipakai: {problem}. Perbaiki [shu] di koperasi.toml atau ubah persentasenya.",
        "error.shuNotProposed": "Pembagian SHU belum diusulkan: masukkan SHU tahun buku dulu (perintah shu_propose).",
        "error.shuAlreadyApproved": "Pembagian SHU sudah disahkan (keputusan nomor {decision}): tidak diubah lagi dalam rapat ini.",
        "error.quorumNotLost": "Kuorum tidak hilang (hadir {present}, wajib {required}): tidak ada pilihan pimpinan yang perlu dicatat.",
        "error.notAtClosingItem": "Acara saat ini \"{title}\": rapat ditutup pada acara penutupan (F9 untuk pindah acara).",
        "error.invalidDate": "Tanggal \"{text}\" tidak dikenal: tulis seperti 2026-03-28.",
        "error.meetingAlreadyCreated": "Berkas rapat ini sudah dibuat: buat berkas baru dengan `rapat init --file NAMA`.",
        "core.field.motionText": "Isi usul",
        "core.motionDecidedWithoutVote": "Keputusan tanpa pemungutan suara hanya secara mufakat atau aklamasi.",
        "core.electionMustBeSecret": "Pemilihan orang dilakukan dengan surat suara tertutup (secret_for_persons = true): gunakan method \"rahasia\".",
        "core.electionNotByName": "Pemilihan tidak dilakukan per nama: gunakan \"rahasia\" atau \"terbuka\".",
        "core.electionNeedsAcclamation": "Calon {candidates} orang untuk {seats} kursi: tetapkan secara aklamasi (perintah elect_acclamation).",
        "core.revotesExhausted": "Pemungutan ulang sudah {revotes} kali (tie_revotes = {max}): calon yang sama kuat ditentukan dengan undian (perintah draw_lots).",
        "core.voter.notInRoom": "sedang tidak di ruangan",
        "core.electionCountedPerCandidate": "Pemilihan dihitung per calon: masukkan jumlah suara tiap calon (ballots dengan candidates).",
        "core.negativeVotes": "Jumlah suara tidak boleh negatif.",
        "core.perOptionCount.motion": "Hasil per pilihan harus {n} angka (setuju, tidak setuju).",
        "core.perOptionCount.election": "Hasil per pilihan harus {n} angka (satu per calon, urut seperti surat suara).",
        "core.negativeBallots": "Jumlah surat suara tidak boleh negatif.",
        "core.field.invalidBallotReason": "Alasan surat suara tidak sah",
        "core.voteOnMotionNotCandidates": "Pemungutan suara ini atas usul: isi setuju dan tidak_setuju, bukan candidates.",
        "core.notACandidate": "{n} bukan calon pada surat suara ini (calon: {candidates}).",
        "core.seatsAtLeastOne": "Jumlah kursi sekurang-kurangnya 1.",
        "core.field.term": "Masa jabatan (mis. 2026–2030)",
        "core.candidate.voteStarted": "pemungutan suara pemilihan ini sudah dimulai",
        "core.candidate.notRegular": "calon harus anggota biasa ({status})",
        "core.candidate.already": "sudah menjadi calon dalam pemilihan ini",
        "core.candidate.otherBody": "sudah menjadi calon {body}; pengurus dan pengawas tidak boleh dirangkap",
        "core.candidate.sittingOfficer": "sedang menjabat {office}; pengurus dan pengawas tidak boleh dirangkap (sitting_officer_candidacy = \"refuse\")",
        "core.field.substituteChair": "Pimpinan pengganti",
        "core.field.candidate": "Calon",
        "core.lot.rulesSayLot": "AD/ART menentukan undian untuk calon yang sama kuat (tie_election = revote_then_lot)",
        "core.lot.noTieAfterRevote": "belum ada calon yang tetap sama kuat setelah pemungutan ulang",
        "core.musyawarahWinners": "Hasil musyawarah harus {seats} orang dari calon yang sama kuat: {contenders}.",
        "core.lot.rulesSayMusyawarah": "AD/ART menentukan musyawarah di antara calon yang sama kuat (tie_election = revote_then_musyawarah)",
        "core.lot.noTie": "tidak ada calon yang sama kuat",
        "core.lot.revoteFirst": "pemungutan ulang di antara calon yang sama kuat dilakukan dulu ({revotes} dari {max} kali)",
        "core.lot.witnesses": "undian disaksikan sekurang-kurangnya dua orang; catat namanya",
        "core.proxy.notAllowed": "AD/ART tidak membolehkan kuasa (proxies_allowed = false); anggota hadir sendiri",
        "core.field.proxyLetter": "Nomor surat kuasa",
        "core.proxy.samePerson": "pemberi dan penerima kuasa orang yang sama",
        "core.proxy.giverCannotVote": "{name} tidak punya hak suara untuk dikuasakan",
        "core.proxy.holderNotPresent": "penerima kuasa {name} harus anggota biasa yang hadir",
        "core.proxy.alreadyGiven": "{name} sudah memberi kuasa",
        "core.proxy.holderFull": "{name} sudah memegang {held} kuasa (paling banyak {max})",
        "core.voter.status": "{status} tidak punya hak suara",
        "core.voter.suspended": "hak suaranya ditangguhkan menurut buku daftar anggota",
        "core.voter.observer": "peninjau: masuk {joined}, sesudah batas buku daftar anggota {cutoff}; tidak punya hak suara",
        "core.voter.arrears": "hak suara ditangguhkan karena tunggakan (arrears_policy)",
        "core.voter.recused": "tidak ikut memberi suara atas laporannya sendiri (recusal_policy = exclude)",
        "core.voter.absentAtOpening": "tidak tercatat hadir saat pemungutan suara dibuka {time}; ikut pada pemungutan berikutnya",
        "core.unknownDocumentField": "Kolom \"{key}\" tidak dikenal: gunakan {keys}.",
        "core.field.documentDetails": "Isian berita acara",
        "core.field.cooperativeName": "Nama koperasi",
        "core.field.voidReason": "Alasan pembatalan",
        "core.field.opener": "Yang membuka rapat",
        "core.field.agenda": "Susunan acara",
        "core.field.postponementReason": "Alasan penundaan",
        "core.field.chair": "Ketua pimpinan rapat",
        "core.field.secretary": "Sekretaris pimpinan rapat",
        "core.field.decisionText": "Isi keputusan",
        "core.field.decisionNotes": "Catatan (diterima dengan catatan)",
        "core.field.noteText": "Isi catatan",
        "core.field.noteCorrection": "Isi perbaikan catatan",
        "core.field.correctionReason": "Alasan perbaikan",
        "core.field.recessReason": "Alasan skorsing",
        "core.field.presenter": "Penyaji laporan",
        "core.field.reportSummary": "Ringkasan laporan",
        "core.field.question": "Pertanyaan atau tanggapan",
        "core.field.guestAsker": "Nama penanya (undangan)",
        "core.clockStepInvalid": "Catatan jam mundur: jam terbaca harus lebih awal dari catatan terakhir.",
        "core.field.answerCorrectionReason": "Alasan perbaikan jawaban",
        "core.answerUnchanged": "Jawaban pertanyaan nomor {n} sudah seperti itu: tidak ada yang diperbaiki.",
        "core.withdrawCandidate.notCandidate": "{name} bukan calon dalam pemilihan nomor {n}: tidak ada yang ditarik.",
        "core.withdrawCandidate.voteStarted": "Pemungutan suara pemilihan nomor {n} sudah dimulai: calon {name} tidak dapat ditarik lagi.",
        "core.field.candidateWithdrawalReason": "Alasan penarikan calon",
        "core.candidateTwice": "Calon {n} ditulis dua kali (mis. 7 dan 0007 adalah anggota yang sama): tulis suaranya satu kali.",
        "core.field.guestName": "Nama tamu",
        "core.guestTwice": "{guest} sudah tercatat hadir sebagai {role} pukul {time}; tidak dicatat dua kali.",
        "core.field.shuAmendmentReason": "Alasan perubahan pembagian SHU",
        "core.openMatter.vote": "pemungutan suara putaran {round} tentang {about} masih terbuka: tutup dulu dengan close_vote",
        "core.openMatter.election": "pemilihan {body} nomor {n} masih terbuka: tetapkan dulu hasilnya (open_vote lalu close_vote, elect_acclamation, draw_lots, atau tie_musyawarah)",
        "core.about.motionNumber": "usul {n}",
        "core.about.motion": "usul {n} \"{text}\"",
        "core.about.electionNumber": "pemilihan {n}",
        "core.about.election": "pemilihan {body}",
        "core.gap.registration": "Daftar hadir",
        "core.gap.legalEntityNumber": "Nomor badan hukum",
        "core.gap.legalEntityDate": "Tanggal badan hukum",
        "core.gap.place": "Tempat rapat",
        "core.gap.openedAt": "Pukul dibuka",
        "core.gap.closedAt": "Pukul ditutup",
        "core.gap.quorum": "Pernyataan kuorum sah",
        "core.gap.presidium": "Pimpinan rapat",
        "core.gap.decisions": "Keputusan rapat",
        "core.gap.vote": "Pemungutan suara",
        "core.gap.election": "Pemilihan",
        "core.gap.fix.details": "isi di koperasi.toml sebelum registrasi, atau sesudahnya dengan perintah ba_details",
        "core.gap.fix.registration": "registrasi belum dibuka; tidak ada rapat untuk dicatat",
        "core.gap.fix.openedAt": "rapat belum dibuka (open_meeting)",
        "core.gap.fix.closedAt": "rapat belum ditutup (close_meeting pada acara penutupan)",
        "core.gap.fix.quorum": "belum ada pemeriksaan kuorum yang sah (check_quorum)",
        "core.gap.fix.presidium": "ketua dan sekretaris rapat belum dicatat (presidium)",
        "core.gap.fix.decisions": "belum ada keputusan bernomor (decide, atau pemungutan suara)",
        "core.gap.description": "{field} kosong: {fix}",
        // END core


        // MARK: - store
        // END store


        // MARK: - keys
        // END keys


        // MARK: - shell
        // END shell


        // MARK: - flow
        // END flow


        // MARK: - desk
        // END desk


        // MARK: - agenda
        // END agenda


        // MARK: - voting
        // END voting


        // MARK: - shu
        // END shu


        // MARK: - documents
        // END documents


        // MARK: - review
        // END review


        // MARK: - messages
        // END messages


        // MARK: - cli
        // END cli


    ]
}
