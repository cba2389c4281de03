"""ePassport chips (ICAO Doc 9303 parts 10 and 11): access control, reading and passive
authentication, with no Qt.

Import the modules where they are used (they load cryptography and asn1crypto, ~0.15 s):
- `devices.chip.reader`: `read_chip(transport, MrzKeys, MasterList, now, progress)` ->
  `ChipRead`, and `compare_mrz(chip_lines, printed)` -> `MrzComparison`;
- `devices.chip.bac.MrzKeys.from_mrz(mrz_result_or_lines)`: the access keys;
- `devices.chip.pa.MasterList.from_folder(path)`: the trusted CSCAs, CRLs and master lists;
- `devices.chip.transport`: `PcscTransport.open()` (needs pyscard), `LinkSimulator`;
- `devices.chip.testchip`: `SoftwareChip` and `build_passport` for the demo and the tests;
- `devices.chip.errors`: `AccessDenied` (MRZ misread), `SecureMessagingError`, `ChipError`.
"""
