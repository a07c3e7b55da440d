/*
 * Sweden's 290 municipalities (kommuner) with SCB's four-digit municipality code (kommunkod).
 *
 * Source: SCB (Statistics Sweden), "Regional indelning i Sverige" – "Kommuner i län med kommunkod"
 * (kommunkoder). The list reflects the division valid from 2007-01-01, when Heby moved from
 * Västmanlands län (old code 1917) to Uppsala län (0331); it has had 290 municipalities since
 * Knivsta (0330) was split from Uppsala on 2003-01-01, and no code has changed since 2007 (Malung's
 * change of name to Malung-Sälen in 2009 kept code 2023). Transcribed by hand from that list, county
 * by county in SCB's order, not downloaded. `municipalities.test.ts` checks: exactly 290 entries,
 * unique four-digit codes whose first two digits are the county code of an existing county, unique
 * names, SCB's per-county counts, and spot checks of known codes.
 *
 * Fields:
 * - `code`: SCB's kommunkod, four digits as a string ('0114'); the first two digits are the county.
 * - `name`: SCB's short name, as on a map ('Mölndal', 'Upplands Väsby', 'Malung-Sälen').
 * - `memberName`: the name the municipality itself uses as an organisation, the name that stands in a
 *   förbund's agreement and member list. Legally every municipality is a "kommun"; most call
 *   themselves "<genitive> kommun" ('Gävle kommun', 'Sandvikens kommun'; irregular: 'Falu kommun',
 *   'Kalmar kommun'), fourteen call themselves "stad" ('Mölndals stad', 'Stockholms stad'), and
 *   three of those write "Stad" with a capital S as part of their name ('Göteborgs Stad', 'Borås
 *   Stad', 'Trollhättans Stad'). Gotland's municipality has the tasks of a region and is "Region
 *   Gotland".
 * - `countyCode`: the county (län), equal to the first two digits of `code`.
 */
import { z } from 'zod';
import { DomainError } from '../errors.ts';
import type { CountyCode } from './counties.ts';

/** All 290 municipalities, in SCB's order: by county, then by code. */
export const municipalities = [
  // 01 Stockholms län (26)
  { code: '0114', name: 'Upplands Väsby', memberName: 'Upplands Väsby kommun', countyCode: '01' },
  { code: '0115', name: 'Vallentuna', memberName: 'Vallentuna kommun', countyCode: '01' },
  { code: '0117', name: 'Österåker', memberName: 'Österåkers kommun', countyCode: '01' },
  { code: '0120', name: 'Värmdö', memberName: 'Värmdö kommun', countyCode: '01' },
  { code: '0123', name: 'Järfälla', memberName: 'Järfälla kommun', countyCode: '01' },
  { code: '0125', name: 'Ekerö', memberName: 'Ekerö kommun', countyCode: '01' },
  { code: '0126', name: 'Huddinge', memberName: 'Huddinge kommun', countyCode: '01' },
  { code: '0127', name: 'Botkyrka', memberName: 'Botkyrka kommun', countyCode: '01' },
  { code: '0128', name: 'Salem', memberName: 'Salems kommun', countyCode: '01' },
  { code: '0136', name: 'Haninge', memberName: 'Haninge kommun', countyCode: '01' },
  { code: '0138', name: 'Tyresö', memberName: 'Tyresö kommun', countyCode: '01' },
  { code: '0139', name: 'Upplands-Bro', memberName: 'Upplands-Bro kommun', countyCode: '01' },
  { code: '0140', name: 'Nykvarn', memberName: 'Nykvarns kommun', countyCode: '01' },
  { code: '0160', name: 'Täby', memberName: 'Täby kommun', countyCode: '01' },
  { code: '0162', name: 'Danderyd', memberName: 'Danderyds kommun', countyCode: '01' },
  { code: '0163', name: 'Sollentuna', memberName: 'Sollentuna kommun', countyCode: '01' },
  { code: '0180', name: 'Stockholm', memberName: 'Stockholms stad', countyCode: '01' },
  { code: '0181', name: 'Södertälje', memberName: 'Södertälje kommun', countyCode: '01' },
  { code: '0182', name: 'Nacka', memberName: 'Nacka kommun', countyCode: '01' },
  { code: '0183', name: 'Sundbyberg', memberName: 'Sundbybergs stad', countyCode: '01' },
  { code: '0184', name: 'Solna', memberName: 'Solna stad', countyCode: '01' },
  { code: '0186', name: 'Lidingö', memberName: 'Lidingö stad', countyCode: '01' },
  { code: '0187', name: 'Vaxholm', memberName: 'Vaxholms stad', countyCode: '01' },
  { code: '0188', name: 'Norrtälje', memberName: 'Norrtälje kommun', countyCode: '01' },
  { code: '0191', name: 'Sigtuna', memberName: 'Sigtuna kommun', countyCode: '01' },
  { code: '0192', name: 'Nynäshamn', memberName: 'Nynäshamns kommun', countyCode: '01' },
  // 03 Uppsala län (8)
  { code: '0305', name: 'Håbo', memberName: 'Håbo kommun', countyCode: '03' },
  { code: '0319', name: 'Älvkarleby', memberName: 'Älvkarleby kommun', countyCode: '03' },
  { code: '0330', name: 'Knivsta', memberName: 'Knivsta kommun', countyCode: '03' },
  { code: '0331', name: 'Heby', memberName: 'Heby kommun', countyCode: '03' },
  { code: '0360', name: 'Tierp', memberName: 'Tierps kommun', countyCode: '03' },
  { code: '0380', name: 'Uppsala', memberName: 'Uppsala kommun', countyCode: '03' },
  { code: '0381', name: 'Enköping', memberName: 'Enköpings kommun', countyCode: '03' },
  { code: '0382', name: 'Östhammar', memberName: 'Östhammars kommun', countyCode: '03' },
  // 04 Södermanlands län (9)
  { code: '0428', name: 'Vingåker', memberName: 'Vingåkers kommun', countyCode: '04' },
  { code: '0461', name: 'Gnesta', memberName: 'Gnesta kommun', countyCode: '04' },
  { code: '0480', name: 'Nyköping', memberName: 'Nyköpings kommun', countyCode: '04' },
  { code: '0481', name: 'Oxelösund', memberName: 'Oxelösunds kommun', countyCode: '04' },
  { code: '0482', name: 'Flen', memberName: 'Flens kommun', countyCode: '04' },
  { code: '0483', name: 'Katrineholm', memberName: 'Katrineholms kommun', countyCode: '04' },
  { code: '0484', name: 'Eskilstuna', memberName: 'Eskilstuna kommun', countyCode: '04' },
  { code: '0486', name: 'Strängnäs', memberName: 'Strängnäs kommun', countyCode: '04' },
  { code: '0488', name: 'Trosa', memberName: 'Trosa kommun', countyCode: '04' },
  // 05 Östergötlands län (13)
  { code: '0509', name: 'Ödeshög', memberName: 'Ödeshögs kommun', countyCode: '05' },
  { code: '0512', name: 'Ydre', memberName: 'Ydre kommun', countyCode: '05' },
  { code: '0513', name: 'Kinda', memberName: 'Kinda kommun', countyCode: '05' },
  { code: '0560', name: 'Boxholm', memberName: 'Boxholms kommun', countyCode: '05' },
  { code: '0561', name: 'Åtvidaberg', memberName: 'Åtvidabergs kommun', countyCode: '05' },
  { code: '0562', name: 'Finspång', memberName: 'Finspångs kommun', countyCode: '05' },
  { code: '0563', name: 'Valdemarsvik', memberName: 'Valdemarsviks kommun', countyCode: '05' },
  { code: '0580', name: 'Linköping', memberName: 'Linköpings kommun', countyCode: '05' },
  { code: '0581', name: 'Norrköping', memberName: 'Norrköpings kommun', countyCode: '05' },
  { code: '0582', name: 'Söderköping', memberName: 'Söderköpings kommun', countyCode: '05' },
  { code: '0583', name: 'Motala', memberName: 'Motala kommun', countyCode: '05' },
  { code: '0584', name: 'Vadstena', memberName: 'Vadstena kommun', countyCode: '05' },
  { code: '0586', name: 'Mjölby', memberName: 'Mjölby kommun', countyCode: '05' },
  // 06 Jönköpings län (13)
  { code: '0604', name: 'Aneby', memberName: 'Aneby kommun', countyCode: '06' },
  { code: '0617', name: 'Gnosjö', memberName: 'Gnosjö kommun', countyCode: '06' },
  { code: '0642', name: 'Mullsjö', memberName: 'Mullsjö kommun', countyCode: '06' },
  { code: '0643', name: 'Habo', memberName: 'Habo kommun', countyCode: '06' },
  { code: '0662', name: 'Gislaved', memberName: 'Gislaveds kommun', countyCode: '06' },
  { code: '0665', name: 'Vaggeryd', memberName: 'Vaggeryds kommun', countyCode: '06' },
  { code: '0680', name: 'Jönköping', memberName: 'Jönköpings kommun', countyCode: '06' },
  { code: '0682', name: 'Nässjö', memberName: 'Nässjö kommun', countyCode: '06' },
  { code: '0683', name: 'Värnamo', memberName: 'Värnamo kommun', countyCode: '06' },
  { code: '0684', name: 'Sävsjö', memberName: 'Sävsjö kommun', countyCode: '06' },
  { code: '0685', name: 'Vetlanda', memberName: 'Vetlanda kommun', countyCode: '06' },
  { code: '0686', name: 'Eksjö', memberName: 'Eksjö kommun', countyCode: '06' },
  { code: '0687', name: 'Tranås', memberName: 'Tranås kommun', countyCode: '06' },
  // 07 Kronobergs län (8)
  { code: '0760', name: 'Uppvidinge', memberName: 'Uppvidinge kommun', countyCode: '07' },
  { code: '0761', name: 'Lessebo', memberName: 'Lessebo kommun', countyCode: '07' },
  { code: '0763', name: 'Tingsryd', memberName: 'Tingsryds kommun', countyCode: '07' },
  { code: '0764', name: 'Alvesta', memberName: 'Alvesta kommun', countyCode: '07' },
  { code: '0765', name: 'Älmhult', memberName: 'Älmhults kommun', countyCode: '07' },
  { code: '0767', name: 'Markaryd', memberName: 'Markaryds kommun', countyCode: '07' },
  { code: '0780', name: 'Växjö', memberName: 'Växjö kommun', countyCode: '07' },
  { code: '0781', name: 'Ljungby', memberName: 'Ljungby kommun', countyCode: '07' },
  // 08 Kalmar län (12)
  { code: '0821', name: 'Högsby', memberName: 'Högsby kommun', countyCode: '08' },
  { code: '0834', name: 'Torsås', memberName: 'Torsås kommun', countyCode: '08' },
  { code: '0840', name: 'Mörbylånga', memberName: 'Mörbylånga kommun', countyCode: '08' },
  { code: '0860', name: 'Hultsfred', memberName: 'Hultsfreds kommun', countyCode: '08' },
  { code: '0861', name: 'Mönsterås', memberName: 'Mönsterås kommun', countyCode: '08' },
  { code: '0862', name: 'Emmaboda', memberName: 'Emmaboda kommun', countyCode: '08' },
  { code: '0880', name: 'Kalmar', memberName: 'Kalmar kommun', countyCode: '08' },
  { code: '0881', name: 'Nybro', memberName: 'Nybro kommun', countyCode: '08' },
  { code: '0882', name: 'Oskarshamn', memberName: 'Oskarshamns kommun', countyCode: '08' },
  { code: '0883', name: 'Västervik', memberName: 'Västerviks kommun', countyCode: '08' },
  { code: '0884', name: 'Vimmerby', memberName: 'Vimmerby kommun', countyCode: '08' },
  { code: '0885', name: 'Borgholm', memberName: 'Borgholms kommun', countyCode: '08' },
  // 09 Gotlands län (1): the municipality has the region's tasks and is called Region Gotland.
  { code: '0980', name: 'Gotland', memberName: 'Region Gotland', countyCode: '09' },
  // 10 Blekinge län (5)
  { code: '1060', name: 'Olofström', memberName: 'Olofströms kommun', countyCode: '10' },
  { code: '1080', name: 'Karlskrona', memberName: 'Karlskrona kommun', countyCode: '10' },
  { code: '1081', name: 'Ronneby', memberName: 'Ronneby kommun', countyCode: '10' },
  { code: '1082', name: 'Karlshamn', memberName: 'Karlshamns kommun', countyCode: '10' },
  { code: '1083', name: 'Sölvesborg', memberName: 'Sölvesborgs kommun', countyCode: '10' },
  // 12 Skåne län (33)
  { code: '1214', name: 'Svalöv', memberName: 'Svalövs kommun', countyCode: '12' },
  { code: '1230', name: 'Staffanstorp', memberName: 'Staffanstorps kommun', countyCode: '12' },
  { code: '1231', name: 'Burlöv', memberName: 'Burlövs kommun', countyCode: '12' },
  { code: '1233', name: 'Vellinge', memberName: 'Vellinge kommun', countyCode: '12' },
  { code: '1256', name: 'Östra Göinge', memberName: 'Östra Göinge kommun', countyCode: '12' },
  { code: '1257', name: 'Örkelljunga', memberName: 'Örkelljunga kommun', countyCode: '12' },
  { code: '1260', name: 'Bjuv', memberName: 'Bjuvs kommun', countyCode: '12' },
  { code: '1261', name: 'Kävlinge', memberName: 'Kävlinge kommun', countyCode: '12' },
  { code: '1262', name: 'Lomma', memberName: 'Lomma kommun', countyCode: '12' },
  { code: '1263', name: 'Svedala', memberName: 'Svedala kommun', countyCode: '12' },
  { code: '1264', name: 'Skurup', memberName: 'Skurups kommun', countyCode: '12' },
  { code: '1265', name: 'Sjöbo', memberName: 'Sjöbo kommun', countyCode: '12' },
  { code: '1266', name: 'Hörby', memberName: 'Hörby kommun', countyCode: '12' },
  { code: '1267', name: 'Höör', memberName: 'Höörs kommun', countyCode: '12' },
  { code: '1270', name: 'Tomelilla', memberName: 'Tomelilla kommun', countyCode: '12' },
  { code: '1272', name: 'Bromölla', memberName: 'Bromölla kommun', countyCode: '12' },
  { code: '1273', name: 'Osby', memberName: 'Osby kommun', countyCode: '12' },
  { code: '1275', name: 'Perstorp', memberName: 'Perstorps kommun', countyCode: '12' },
  { code: '1276', name: 'Klippan', memberName: 'Klippans kommun', countyCode: '12' },
  { code: '1277', name: 'Åstorp', memberName: 'Åstorps kommun', countyCode: '12' },
  { code: '1278', name: 'Båstad', memberName: 'Båstads kommun', countyCode: '12' },
  { code: '1280', name: 'Malmö', memberName: 'Malmö stad', countyCode: '12' },
  { code: '1281', name: 'Lund', memberName: 'Lunds kommun', countyCode: '12' },
  { code: '1282', name: 'Landskrona', memberName: 'Landskrona stad', countyCode: '12' },
  { code: '1283', name: 'Helsingborg', memberName: 'Helsingborgs stad', countyCode: '12' },
  { code: '1284', name: 'Höganäs', memberName: 'Höganäs kommun', countyCode: '12' },
  { code: '1285', name: 'Eslöv', memberName: 'Eslövs kommun', countyCode: '12' },
  { code: '1286', name: 'Ystad', memberName: 'Ystads kommun', countyCode: '12' },
  { code: '1287', name: 'Trelleborg', memberName: 'Trelleborgs kommun', countyCode: '12' },
  { code: '1290', name: 'Kristianstad', memberName: 'Kristianstads kommun', countyCode: '12' },
  { code: '1291', name: 'Simrishamn', memberName: 'Simrishamns kommun', countyCode: '12' },
  { code: '1292', name: 'Ängelholm', memberName: 'Ängelholms kommun', countyCode: '12' },
  { code: '1293', name: 'Hässleholm', memberName: 'Hässleholms kommun', countyCode: '12' },
  // 13 Hallands län (6)
  { code: '1315', name: 'Hylte', memberName: 'Hylte kommun', countyCode: '13' },
  { code: '1380', name: 'Halmstad', memberName: 'Halmstads kommun', countyCode: '13' },
  { code: '1381', name: 'Laholm', memberName: 'Laholms kommun', countyCode: '13' },
  { code: '1382', name: 'Falkenberg', memberName: 'Falkenbergs kommun', countyCode: '13' },
  { code: '1383', name: 'Varberg', memberName: 'Varbergs kommun', countyCode: '13' },
  { code: '1384', name: 'Kungsbacka', memberName: 'Kungsbacka kommun', countyCode: '13' },
  // 14 Västra Götalands län (49)
  { code: '1401', name: 'Härryda', memberName: 'Härryda kommun', countyCode: '14' },
  { code: '1402', name: 'Partille', memberName: 'Partille kommun', countyCode: '14' },
  { code: '1407', name: 'Öckerö', memberName: 'Öckerö kommun', countyCode: '14' },
  { code: '1415', name: 'Stenungsund', memberName: 'Stenungsunds kommun', countyCode: '14' },
  { code: '1419', name: 'Tjörn', memberName: 'Tjörns kommun', countyCode: '14' },
  { code: '1421', name: 'Orust', memberName: 'Orusts kommun', countyCode: '14' },
  { code: '1427', name: 'Sotenäs', memberName: 'Sotenäs kommun', countyCode: '14' },
  { code: '1430', name: 'Munkedal', memberName: 'Munkedals kommun', countyCode: '14' },
  { code: '1435', name: 'Tanum', memberName: 'Tanums kommun', countyCode: '14' },
  { code: '1438', name: 'Dals-Ed', memberName: 'Dals-Eds kommun', countyCode: '14' },
  { code: '1439', name: 'Färgelanda', memberName: 'Färgelanda kommun', countyCode: '14' },
  { code: '1440', name: 'Ale', memberName: 'Ale kommun', countyCode: '14' },
  { code: '1441', name: 'Lerum', memberName: 'Lerums kommun', countyCode: '14' },
  { code: '1442', name: 'Vårgårda', memberName: 'Vårgårda kommun', countyCode: '14' },
  { code: '1443', name: 'Bollebygd', memberName: 'Bollebygds kommun', countyCode: '14' },
  { code: '1444', name: 'Grästorp', memberName: 'Grästorps kommun', countyCode: '14' },
  { code: '1445', name: 'Essunga', memberName: 'Essunga kommun', countyCode: '14' },
  { code: '1446', name: 'Karlsborg', memberName: 'Karlsborgs kommun', countyCode: '14' },
  { code: '1447', name: 'Gullspång', memberName: 'Gullspångs kommun', countyCode: '14' },
  { code: '1452', name: 'Tranemo', memberName: 'Tranemo kommun', countyCode: '14' },
  { code: '1460', name: 'Bengtsfors', memberName: 'Bengtsfors kommun', countyCode: '14' },
  { code: '1461', name: 'Mellerud', memberName: 'Melleruds kommun', countyCode: '14' },
  { code: '1462', name: 'Lilla Edet', memberName: 'Lilla Edets kommun', countyCode: '14' },
  { code: '1463', name: 'Mark', memberName: 'Marks kommun', countyCode: '14' },
  { code: '1465', name: 'Svenljunga', memberName: 'Svenljunga kommun', countyCode: '14' },
  { code: '1466', name: 'Herrljunga', memberName: 'Herrljunga kommun', countyCode: '14' },
  { code: '1470', name: 'Vara', memberName: 'Vara kommun', countyCode: '14' },
  { code: '1471', name: 'Götene', memberName: 'Götene kommun', countyCode: '14' },
  { code: '1472', name: 'Tibro', memberName: 'Tibro kommun', countyCode: '14' },
  { code: '1473', name: 'Töreboda', memberName: 'Töreboda kommun', countyCode: '14' },
  { code: '1480', name: 'Göteborg', memberName: 'Göteborgs Stad', countyCode: '14' },
  { code: '1481', name: 'Mölndal', memberName: 'Mölndals stad', countyCode: '14' },
  { code: '1482', name: 'Kungälv', memberName: 'Kungälvs kommun', countyCode: '14' },
  { code: '1484', name: 'Lysekil', memberName: 'Lysekils kommun', countyCode: '14' },
  { code: '1485', name: 'Uddevalla', memberName: 'Uddevalla kommun', countyCode: '14' },
  { code: '1486', name: 'Strömstad', memberName: 'Strömstads kommun', countyCode: '14' },
  { code: '1487', name: 'Vänersborg', memberName: 'Vänersborgs kommun', countyCode: '14' },
  { code: '1488', name: 'Trollhättan', memberName: 'Trollhättans Stad', countyCode: '14' },
  { code: '1489', name: 'Alingsås', memberName: 'Alingsås kommun', countyCode: '14' },
  { code: '1490', name: 'Borås', memberName: 'Borås Stad', countyCode: '14' },
  { code: '1491', name: 'Ulricehamn', memberName: 'Ulricehamns kommun', countyCode: '14' },
  { code: '1492', name: 'Åmål', memberName: 'Åmåls kommun', countyCode: '14' },
  { code: '1493', name: 'Mariestad', memberName: 'Mariestads kommun', countyCode: '14' },
  { code: '1494', name: 'Lidköping', memberName: 'Lidköpings kommun', countyCode: '14' },
  { code: '1495', name: 'Skara', memberName: 'Skara kommun', countyCode: '14' },
  { code: '1496', name: 'Skövde', memberName: 'Skövde kommun', countyCode: '14' },
  { code: '1497', name: 'Hjo', memberName: 'Hjo kommun', countyCode: '14' },
  { code: '1498', name: 'Tidaholm', memberName: 'Tidaholms kommun', countyCode: '14' },
  { code: '1499', name: 'Falköping', memberName: 'Falköpings kommun', countyCode: '14' },
  // 17 Värmlands län (16)
  { code: '1715', name: 'Kil', memberName: 'Kils kommun', countyCode: '17' },
  { code: '1730', name: 'Eda', memberName: 'Eda kommun', countyCode: '17' },
  { code: '1737', name: 'Torsby', memberName: 'Torsby kommun', countyCode: '17' },
  { code: '1760', name: 'Storfors', memberName: 'Storfors kommun', countyCode: '17' },
  { code: '1761', name: 'Hammarö', memberName: 'Hammarö kommun', countyCode: '17' },
  { code: '1762', name: 'Munkfors', memberName: 'Munkfors kommun', countyCode: '17' },
  { code: '1763', name: 'Forshaga', memberName: 'Forshaga kommun', countyCode: '17' },
  { code: '1764', name: 'Grums', memberName: 'Grums kommun', countyCode: '17' },
  { code: '1765', name: 'Årjäng', memberName: 'Årjängs kommun', countyCode: '17' },
  { code: '1766', name: 'Sunne', memberName: 'Sunne kommun', countyCode: '17' },
  { code: '1780', name: 'Karlstad', memberName: 'Karlstads kommun', countyCode: '17' },
  { code: '1781', name: 'Kristinehamn', memberName: 'Kristinehamns kommun', countyCode: '17' },
  { code: '1782', name: 'Filipstad', memberName: 'Filipstads kommun', countyCode: '17' },
  { code: '1783', name: 'Hagfors', memberName: 'Hagfors kommun', countyCode: '17' },
  { code: '1784', name: 'Arvika', memberName: 'Arvika kommun', countyCode: '17' },
  { code: '1785', name: 'Säffle', memberName: 'Säffle kommun', countyCode: '17' },
  // 18 Örebro län (12)
  { code: '1814', name: 'Lekeberg', memberName: 'Lekebergs kommun', countyCode: '18' },
  { code: '1860', name: 'Laxå', memberName: 'Laxå kommun', countyCode: '18' },
  { code: '1861', name: 'Hallsberg', memberName: 'Hallsbergs kommun', countyCode: '18' },
  { code: '1862', name: 'Degerfors', memberName: 'Degerfors kommun', countyCode: '18' },
  { code: '1863', name: 'Hällefors', memberName: 'Hällefors kommun', countyCode: '18' },
  { code: '1864', name: 'Ljusnarsberg', memberName: 'Ljusnarsbergs kommun', countyCode: '18' },
  { code: '1880', name: 'Örebro', memberName: 'Örebro kommun', countyCode: '18' },
  { code: '1881', name: 'Kumla', memberName: 'Kumla kommun', countyCode: '18' },
  { code: '1882', name: 'Askersund', memberName: 'Askersunds kommun', countyCode: '18' },
  { code: '1883', name: 'Karlskoga', memberName: 'Karlskoga kommun', countyCode: '18' },
  { code: '1884', name: 'Nora', memberName: 'Nora kommun', countyCode: '18' },
  { code: '1885', name: 'Lindesberg', memberName: 'Lindesbergs kommun', countyCode: '18' },
  // 19 Västmanlands län (10)
  { code: '1904', name: 'Skinnskatteberg', memberName: 'Skinnskattebergs kommun', countyCode: '19' },
  { code: '1907', name: 'Surahammar', memberName: 'Surahammars kommun', countyCode: '19' },
  { code: '1960', name: 'Kungsör', memberName: 'Kungsörs kommun', countyCode: '19' },
  { code: '1961', name: 'Hallstahammar', memberName: 'Hallstahammars kommun', countyCode: '19' },
  { code: '1962', name: 'Norberg', memberName: 'Norbergs kommun', countyCode: '19' },
  { code: '1980', name: 'Västerås', memberName: 'Västerås stad', countyCode: '19' },
  { code: '1981', name: 'Sala', memberName: 'Sala kommun', countyCode: '19' },
  { code: '1982', name: 'Fagersta', memberName: 'Fagersta kommun', countyCode: '19' },
  { code: '1983', name: 'Köping', memberName: 'Köpings kommun', countyCode: '19' },
  { code: '1984', name: 'Arboga', memberName: 'Arboga kommun', countyCode: '19' },
  // 20 Dalarnas län (15)
  { code: '2021', name: 'Vansbro', memberName: 'Vansbro kommun', countyCode: '20' },
  { code: '2023', name: 'Malung-Sälen', memberName: 'Malung-Sälens kommun', countyCode: '20' },
  { code: '2026', name: 'Gagnef', memberName: 'Gagnefs kommun', countyCode: '20' },
  { code: '2029', name: 'Leksand', memberName: 'Leksands kommun', countyCode: '20' },
  { code: '2031', name: 'Rättvik', memberName: 'Rättviks kommun', countyCode: '20' },
  { code: '2034', name: 'Orsa', memberName: 'Orsa kommun', countyCode: '20' },
  { code: '2039', name: 'Älvdalen', memberName: 'Älvdalens kommun', countyCode: '20' },
  { code: '2061', name: 'Smedjebacken', memberName: 'Smedjebackens kommun', countyCode: '20' },
  { code: '2062', name: 'Mora', memberName: 'Mora kommun', countyCode: '20' },
  { code: '2080', name: 'Falun', memberName: 'Falu kommun', countyCode: '20' },
  { code: '2081', name: 'Borlänge', memberName: 'Borlänge kommun', countyCode: '20' },
  { code: '2082', name: 'Säter', memberName: 'Säters kommun', countyCode: '20' },
  { code: '2083', name: 'Hedemora', memberName: 'Hedemora kommun', countyCode: '20' },
  { code: '2084', name: 'Avesta', memberName: 'Avesta kommun', countyCode: '20' },
  { code: '2085', name: 'Ludvika', memberName: 'Ludvika kommun', countyCode: '20' },
  // 21 Gävleborgs län (10)
  { code: '2101', name: 'Ockelbo', memberName: 'Ockelbo kommun', countyCode: '21' },
  { code: '2104', name: 'Hofors', memberName: 'Hofors kommun', countyCode: '21' },
  { code: '2121', name: 'Ovanåker', memberName: 'Ovanåkers kommun', countyCode: '21' },
  { code: '2132', name: 'Nordanstig', memberName: 'Nordanstigs kommun', countyCode: '21' },
  { code: '2161', name: 'Ljusdal', memberName: 'Ljusdals kommun', countyCode: '21' },
  { code: '2180', name: 'Gävle', memberName: 'Gävle kommun', countyCode: '21' },
  { code: '2181', name: 'Sandviken', memberName: 'Sandvikens kommun', countyCode: '21' },
  { code: '2182', name: 'Söderhamn', memberName: 'Söderhamns kommun', countyCode: '21' },
  { code: '2183', name: 'Bollnäs', memberName: 'Bollnäs kommun', countyCode: '21' },
  { code: '2184', name: 'Hudiksvall', memberName: 'Hudiksvalls kommun', countyCode: '21' },
  // 22 Västernorrlands län (7)
  { code: '2260', name: 'Ånge', memberName: 'Ånge kommun', countyCode: '22' },
  { code: '2262', name: 'Timrå', memberName: 'Timrå kommun', countyCode: '22' },
  { code: '2280', name: 'Härnösand', memberName: 'Härnösands kommun', countyCode: '22' },
  { code: '2281', name: 'Sundsvall', memberName: 'Sundsvalls kommun', countyCode: '22' },
  { code: '2282', name: 'Kramfors', memberName: 'Kramfors kommun', countyCode: '22' },
  { code: '2283', name: 'Sollefteå', memberName: 'Sollefteå kommun', countyCode: '22' },
  { code: '2284', name: 'Örnsköldsvik', memberName: 'Örnsköldsviks kommun', countyCode: '22' },
  // 23 Jämtlands län (8)
  { code: '2303', name: 'Ragunda', memberName: 'Ragunda kommun', countyCode: '23' },
  { code: '2305', name: 'Bräcke', memberName: 'Bräcke kommun', countyCode: '23' },
  { code: '2309', name: 'Krokom', memberName: 'Krokoms kommun', countyCode: '23' },
  { code: '2313', name: 'Strömsund', memberName: 'Strömsunds kommun', countyCode: '23' },
  { code: '2321', name: 'Åre', memberName: 'Åre kommun', countyCode: '23' },
  { code: '2326', name: 'Berg', memberName: 'Bergs kommun', countyCode: '23' },
  { code: '2361', name: 'Härjedalen', memberName: 'Härjedalens kommun', countyCode: '23' },
  { code: '2380', name: 'Östersund', memberName: 'Östersunds kommun', countyCode: '23' },
  // 24 Västerbottens län (15)
  { code: '2401', name: 'Nordmaling', memberName: 'Nordmalings kommun', countyCode: '24' },
  { code: '2403', name: 'Bjurholm', memberName: 'Bjurholms kommun', countyCode: '24' },
  { code: '2404', name: 'Vindeln', memberName: 'Vindelns kommun', countyCode: '24' },
  { code: '2409', name: 'Robertsfors', memberName: 'Robertsfors kommun', countyCode: '24' },
  { code: '2417', name: 'Norsjö', memberName: 'Norsjö kommun', countyCode: '24' },
  { code: '2418', name: 'Malå', memberName: 'Malå kommun', countyCode: '24' },
  { code: '2421', name: 'Storuman', memberName: 'Storumans kommun', countyCode: '24' },
  { code: '2422', name: 'Sorsele', memberName: 'Sorsele kommun', countyCode: '24' },
  { code: '2425', name: 'Dorotea', memberName: 'Dorotea kommun', countyCode: '24' },
  { code: '2460', name: 'Vännäs', memberName: 'Vännäs kommun', countyCode: '24' },
  { code: '2462', name: 'Vilhelmina', memberName: 'Vilhelmina kommun', countyCode: '24' },
  { code: '2463', name: 'Åsele', memberName: 'Åsele kommun', countyCode: '24' },
  { code: '2480', name: 'Umeå', memberName: 'Umeå kommun', countyCode: '24' },
  { code: '2481', name: 'Lycksele', memberName: 'Lycksele kommun', countyCode: '24' },
  { code: '2482', name: 'Skellefteå', memberName: 'Skellefteå kommun', countyCode: '24' },
  // 25 Norrbottens län (14)
  { code: '2505', name: 'Arvidsjaur', memberName: 'Arvidsjaurs kommun', countyCode: '25' },
  { code: '2506', name: 'Arjeplog', memberName: 'Arjeplogs kommun', countyCode: '25' },
  { code: '2510', name: 'Jokkmokk', memberName: 'Jokkmokks kommun', countyCode: '25' },
  { code: '2513', name: 'Överkalix', memberName: 'Överkalix kommun', countyCode: '25' },
  { code: '2514', name: 'Kalix', memberName: 'Kalix kommun', countyCode: '25' },
  { code: '2518', name: 'Övertorneå', memberName: 'Övertorneå kommun', countyCode: '25' },
  { code: '2521', name: 'Pajala', memberName: 'Pajala kommun', countyCode: '25' },
  { code: '2523', name: 'Gällivare', memberName: 'Gällivare kommun', countyCode: '25' },
  { code: '2560', name: 'Älvsbyn', memberName: 'Älvsbyns kommun', countyCode: '25' },
  { code: '2580', name: 'Luleå', memberName: 'Luleå kommun', countyCode: '25' },
  { code: '2581', name: 'Piteå', memberName: 'Piteå kommun', countyCode: '25' },
  { code: '2582', name: 'Boden', memberName: 'Bodens kommun', countyCode: '25' },
  { code: '2583', name: 'Haparanda', memberName: 'Haparanda stad', countyCode: '25' },
  { code: '2584', name: 'Kiruna', memberName: 'Kiruna kommun', countyCode: '25' },
] as const satisfies readonly {
  code: string;
  name: string;
  memberName: string;
  countyCode: CountyCode;
}[];

/** One municipality: SCB code, short name, the name it uses as a Finsam member, and its county. */
export type Municipality = (typeof municipalities)[number];
/** A four-digit municipality code that exists, e.g. `'2180'` for Gävle. */
export type MunicipalityCode = Municipality['code'];

const municipalitiesByCode: ReadonlyMap<string, Municipality> = new Map(
  municipalities.map((municipality) => [municipality.code, municipality]),
);

/** The 290 municipality codes, in SCB's order. */
const municipalityCodes: readonly MunicipalityCode[] = municipalities.map(
  (municipality) => municipality.code,
);

/** True when `code` is one of the 290 municipality codes. */
export function isMunicipalityCode(code: string): code is MunicipalityCode {
  return municipalitiesByCode.has(code);
}

/** The municipality with this code, or `undefined` when there is none. */
export function findMunicipality(code: string): Municipality | undefined {
  return municipalitiesByCode.get(code);
}

/**
 * The municipality with this code. Throws a `NOT_FOUND` DomainError when there is none.
 * Public reference data: any caller, no tenant scope.
 */
export function getMunicipality(code: string): Municipality {
  const municipality = municipalitiesByCode.get(code);
  if (!municipality) throw new DomainError('NOT_FOUND', 'reference.unknownMunicipality', { code });
  return municipality;
}

/** The municipalities of one county, in SCB's order (by code). Empty for a code that is no county. */
export function listMunicipalitiesInCounty(countyCode: string): Municipality[] {
  return municipalities.filter((municipality) => municipality.countyCode === countyCode);
}

/**
 * A municipality code that exists: one of SCB's 290 four-digit codes (a well-formed code that no
 * municipality has, like '0100', fails too). Parses to the `MunicipalityCode` union.
 */
export const municipalityCodeSchema = z.enum(municipalityCodes, { error: 'municipality.unknown' });
