"""Pemberitahuan Penolakan Masuk: the refusal-of-entry report handed to the airline.

SOP Penyelesaian Penolakan Masuk Wilayah RI bagi WNA: once refusal is decided, the supervisor
records it in PMS and makes the refusal report for the airline; the airline must take the
foreigner back on the first available flight and, until then, the person stays under the airline's
supervision (in the detention room if no flight is available), helped by immigration officers.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from printing.base import (
    DOCUMENT_NUMBER_HINT,
    DOCUMENT_NUMBER_PATTERN,
    DocumentTemplate,
    Output,
    RenderContext,
    optional_date,
    signer_fields,
)
from printing.formatting import format_date
from printing.layout import (
    Signatory,
    closing,
    content_width,
    field_table,
    heading,
    letterhead,
    markup,
    para,
    paragraphs,
    render_story,
    signatory,
    signatures,
    styles,
    title_block,
)
from printing.pages import A4
from printing.schema import (
    choice,
    date_field,
    datetime_field,
    flag,
    pattern,
    text,
)

FIELDS = (
    text("carrier_name", "Nama maskapai (penanggung jawab alat angkut)", 120),
    text("flight_number", "Nomor penerbangan kedatangan", 12),
    datetime_field("arrival_at", "Waktu kedatangan"),
    text("port_of_embarkation", "Bandar udara keberangkatan", 120),
    text("passenger_name", "Nama penumpang", 100),
    text("nationality", "Kewarganegaraan", 60),
    date_field("birth_date", "Tanggal lahir"),
    choice("sex", "Jenis kelamin", ("Laki-laki", "Perempuan"), required=False),
    pattern("passport_number", "Nomor paspor", DOCUMENT_NUMBER_PATTERN, DOCUMENT_NUMBER_HINT,
            max_length=20),
    date_field("passport_expiry_date", "Tanggal habis berlaku paspor", required=False),
    text("reason", "Alasan penolakan", 1500, multiline=True),
    text("legal_basis", "Dasar hukum", 300, required=False),
    text("return_flight", "Penerbangan pemulangan", 40, required=False),
    flag("placed_in_detention", "Ditempatkan di ruang detensi"),
    text("carrier_representative", "Nama perwakilan maskapai", 100, required=False),
    *signer_fields("officer", "pejabat imigrasi", "Pejabat Imigrasi yang ditunjuk"),
)


def build(ctx: RenderContext) -> Output:
    d = ctx.data
    s = styles()
    width = content_width(ctx)
    indent = 6 * mm
    basis = f" berdasarkan {d['legal_basis']}" if d["legal_basis"] else ""
    if d["return_flight"]:
        return_text = (f"dengan penerbangan {d['return_flight']}, yaitu penerbangan pertama yang "
                       "tersedia")
    else:
        return_text = ("pada penerbangan pertama yang tersedia menuju negara asal atau negara "
                       "keberangkatan")
    story: list[Flowable] = [
        *letterhead(ctx),
        *title_block("Pemberitahuan Penolakan Masuk", ctx.number, "Notice of Refusal of Entry"),
        markup("Kepada Yth.<br/>Pimpinan/<i>Station Manager</i> {carrier}<br/>di {city}",
               s.body_left, carrier=d["carrier_name"],
               city=ctx.office.city or "tempat"),
        Spacer(1, 3 * mm),
        markup("Berdasarkan hasil pemeriksaan keimigrasian di {office}{basis}, Pejabat Imigrasi "
               "menolak masuk Wilayah Indonesia orang asing berikut ini yang tiba dengan alat "
               "angkut Saudara:", office=ctx.office.name, basis=basis),
        heading("Data penumpang"),
        field_table([("Nama", d["passenger_name"]),
                     ("Kewarganegaraan", d["nationality"]),
                     ("Tanggal lahir", format_date(d["birth_date"])),
                     ("Jenis kelamin", d["sex"]),
                     ("Nomor paspor", d["passport_number"]),
                     ("Berlaku sampai", optional_date(d["passport_expiry_date"]))],
                    width, indent=indent),
        heading("Data penerbangan"),
        field_table([("Maskapai", d["carrier_name"]),
                     ("Nomor penerbangan", d["flight_number"]),
                     ("Berangkat dari", d["port_of_embarkation"]),
                     ("Tiba pada", ctx.when(d["arrival_at"]))], width, indent=indent),
        heading("Alasan penolakan"),
        *paragraphs(d["reason"]),
        heading("Kewajiban penanggung jawab alat angkut"),
        markup("Sesuai dengan ketentuan peraturan perundang-undangan di bidang keimigrasian, "
               "penanggung jawab alat angkut wajib membawa keluar orang asing tersebut dari "
               "Wilayah Indonesia {ret}. Seluruh biaya pemulangan menjadi tanggung jawab "
               "penanggung jawab alat angkut.", ret=return_text),
    ]
    if d["placed_in_detention"]:
        story.append(para(
            "Karena belum tersedia penerbangan, selama menunggu pemulangan yang bersangkutan "
            "ditempatkan di ruang detensi imigrasi dan berada di bawah pengawasan penanggung "
            "jawab alat angkut dengan dibantu oleh petugas imigrasi."))
    else:
        story.append(para(
            "Selama menunggu pemulangan, yang bersangkutan berada di bawah pengawasan penanggung "
            "jawab alat angkut dengan dibantu oleh petugas imigrasi."))
    story.append(closing(
        para("Demikian pemberitahuan ini disampaikan untuk dilaksanakan."),
        Spacer(1, 5 * mm),
        signatures([
            Signatory(("", "Yang menerima pemberitahuan,",
                       f"Penanggung jawab alat angkut {d['carrier_name']}"),
                      d["carrier_representative"], None),
            signatory(ctx, "officer", ctx.place_and_date(), "Pejabat Imigrasi,"),
        ], width),
    ))
    return render_story(ctx, story)


TEMPLATE = DocumentTemplate(
    code="refusal_report",
    holder="passenger_name",
    title="Pemberitahuan Penolakan Masuk",
    page=A4,
    fields=FIELDS,
    build=build,
)
