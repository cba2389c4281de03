

def test_the_pdf_needs_the_preparers_nip(services, head, make_actor):
    without_nip = make_actor(Role.OFFICE_HEAD, username="kakanim2")
    with pytest.raises(ValidationError) as raised:
        services.reports.issue_pdf(without_nip, ["crossings_lane"], DAY, DAY)
    assert "NIP" in raised.value.user_message
    with services.context.store.read() as session:
        assert session.execute(select(IssuedDocument.id)).first() is None  # nothing issued
