from frontline.link.translit import key_tokens, name_key, skeleton_key


def test_translit_name_key_folds_articles_marks_and_vowels():
    same = ["Jisr al Shughur", "Jisr al-Shughur", "Jisr ash-Shughūr", "Jisr Al-Shughour"]
    assert {name_key(s) for s in same} == {"jisr al shugur"}
    assert name_key("Idlib") == name_key("Idleb")
    assert name_key("Deir ez-Zor") == name_key("Deir al-Zour")
    assert name_key("Ma'arrat al-Nu'man") == name_key("Ma‘arrat an Nu‘mān")
    assert name_key("Busra al-Sham") == name_key("Buşrá ash Shām")
    assert name_key("Raqqa") == name_key("Raqqah")
    assert name_key("Sheikh Maqsoud") == name_key("Cheikh Maksoud")


def test_translit_ras_is_a_word_not_a_possessive():
    # Arabic ra's (headland): the gazetteer's "Ra's al 'Ayn" is the news's "Ras al-Ain"
    assert name_key("Ra's al 'Ayn") == name_key("Ras al-Ain") == "ras al ayn"
    assert name_key("Aleppo's") == name_key("Aleppo")


def test_translit_name_key_keeps_different_places_apart():
    assert name_key("Duma") != name_key("Damascus")
    assert name_key("Daraya") != name_key("Dar'a")


def test_translit_skeleton_key_bridges_confused_arabic_letters():
    # dhal and tha, ghain and kha: English writers confuse them; q stays apart from kh
    assert skeleton_key("Thiban") == skeleton_key("Dhiban")
    assert skeleton_key("Aghtrin") == skeleton_key("Akhtarin") == skeleton_key("Axtarin")
    assert skeleton_key("Zaghniya") != skeleton_key("Zaqaniya")


def test_translit_skeleton_key_bridges_vowel_spellings():
    assert skeleton_key("Deir ez-Zor") == skeleton_key("Dayr az Zawr")
    assert skeleton_key("Tell Abiad") == skeleton_key("Tal Abyad")
    assert skeleton_key("Qalqiliyah") == skeleton_key("Qalqilyah")


def test_translit_arabic_script_keys_ignore_hamza_forms():
    assert name_key("إدلب") == name_key("ادلب")


def test_translit_key_tokens_offsets_point_into_text():
    text = "In Aleppo's east"
    toks = key_tokens(text)
    assert [text[s:e] for s, e, _ in toks] == ["In", "Aleppo", "east"]


def test_translit_name_part_words_fold_to_one_spelling():
    assert name_key("Tell Rifaat") == name_key("Tall Rifaat") == name_key("Tel Rifaat")
    assert name_key("Jebel Saman") == name_key("Jabal Saman")
    assert name_key("Kfar Roummane") == name_key("Kafr Roummane")
    assert name_key("Khirbet Ghazaleh") == name_key("Khirbat Ghazalah")


def test_translit_folds_the_spellings_of_the_wof_villages():
    # issue 11: ACLED's and WOF's spellings of the same villages share one key ...
    for a, b in [
        ("Kansafra", "Kansafrah"),
        ("Tall Abyad", "Tell Abyad"),
        ("Tal Abyad", "Tell Abyad"),
        ("Deir Hafer", "Dayr Hafir"),
        ("Maarrata", "Ma'arratah"),
    ]:
        assert name_key(a) == name_key(b), (a, b)
    # ... vowel variants only share the consonant skeleton (geo_loose, beside their admin1)
    assert name_key("Yisbal") != name_key("Yasbal")
    assert skeleton_key("Yisbal") == skeleton_key("Yasbal")
    assert skeleton_key("Sfuhen") == skeleton_key("Safuhun")
    assert skeleton_key("Jdita") == skeleton_key("Jdeita")
