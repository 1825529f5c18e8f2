// The appeal instructions of decisions as dated rows. A decision on a social welfare service (sosiaalihuoltolaki
// 1301/2014, in force from 1.4.2015) is reviewed on request under its § 48 and hallintolaki 434/2003 chapter 7 a;
// a KTT decision the same way, as laki kuntouttavasta työtoiminnasta 189/2001 refers to it. From 1.1.2023 the
// wellbeing services counties, not the municipalities, decide on the requests. Units and section numbers are kept
// to their numbers with a no-break space.
#include "decisions/decision_rules.hpp"

namespace polku::decisions {
namespace {

#define NBSP "\u00a0"

// The parts of one language's text; a row is made of them, so that a change of law changes one part of a row.
struct Parts {
  const char* ktt;           // what the KTT act says of appeals
  const char* basis;         // who may request a review, and the law
  const char* time;          // 30 days from notification, the 7th day after a letter
  const char* municipality;  // the review authority before 2023
  const char* county;        // the review authority from 2023
  const char* content;       // in writing, what and why, contact details, signed
  const char* court;         // the appeal of the review's decision
};

const Parts kFi{
    "Kuntouttavasta työtoiminnasta tehtyyn päätökseen haetaan muutosta siten kuin sosiaalihuoltolaissa säädetään "
    "(laki kuntouttavasta työtoiminnasta 189/2001).",
    "Oikaisuvaatimus: Päätökseen tyytymätön saa hakea siihen oikaisua tekemällä oikaisuvaatimuksen "
    "(sosiaalihuoltolaki 1301/2014, 48" NBSP "§; hallintolaki 434/2003, 49" NBSP "b–49" NBSP "g" NBSP
    "§). Oikaisua saa vaatia se, johon päätös on kohdistettu tai jonka oikeuteen, velvollisuuteen tai etuun päätös "
    "välittömästi vaikuttaa. Päätöksestä ei saa valittaa tuomioistuimeen ennen oikaisuvaatimusta.",
    "Oikaisuvaatimusaika: Oikaisuvaatimus on tehtävä 30" NBSP
    "päivän kuluessa päätöksen tiedoksisaannista. Tiedoksisaantipäivää ei lueta määräaikaan. Kirjeellä lähetetyn "
    "päätöksen katsotaan tulleen tiedoksi seitsemäntenä päivänä sen lähettämisestä, jollei muuta näytetä "
    "(hallintolaki 59" NBSP
    "§). Jos määräajan viimeinen päivä on pyhäpäivä tai lauantai, oikaisuvaatimuksen saa tehdä "
    "seuraavana arkipäivänä.",
    "Oikaisuvaatimusviranomainen: Oikaisuvaatimus osoitetaan kunnan toimielimelle, joka käsittelee "
    "oikaisuvaatimukset: {authority}.",
    "Oikaisuvaatimusviranomainen: Oikaisuvaatimus osoitetaan hyvinvointialueen toimielimelle, joka käsittelee "
    "oikaisuvaatimukset: {authority}.",
    "Oikaisuvaatimuksen sisältö: Oikaisuvaatimus tehdään kirjallisesti. Siinä on ilmoitettava päätös, johon oikaisua "
    "vaaditaan, millaista oikaisua vaaditaan ja millä perusteilla. Oikaisuvaatimuksessa on ilmoitettava vaatimuksen "
    "tekijän nimi ja yhteystiedot (postiosoite, puhelinnumero, sähköposti). Oikaisuvaatimuksen allekirjoittaa "
    "vaatimuksen tekijä tai hänen laillinen edustajansa tai asiamiehensä.",
    "Valitus: Oikaisuvaatimukseen annettuun päätökseen saa hakea muutosta valittamalla hallinto-oikeuteen. "
    "Valitusosoitus liitetään oikaisuvaatimukseen annettavaan päätökseen.",
};

const Parts kSv{
    "Ändring i beslut om arbetsverksamhet i rehabiliteringssyfte söks så som föreskrivs i socialvårdslagen (lagen om "
    "arbetsverksamhet i rehabiliteringssyfte 189/2001).",
    "Begäran om omprövning: Den som är missnöjd med beslutet får begära omprövning av det (socialvårdslagen "
    "1301/2014, 48" NBSP "§; förvaltningslagen 434/2003, 49" NBSP "b–49" NBSP "g" NBSP
    "§). Omprövning får begäras av den som beslutet avser eller vars rätt, skyldighet eller fördel direkt påverkas "
    "av beslutet. Beslutet får inte överklagas hos domstol innan omprövning har begärts.",
    "Tid för begäran om omprövning: Begäran om omprövning ska framställas inom 30" NBSP
    "dagar från delfåendet av beslutet. Delfåendedagen räknas inte in i tiden. Ett beslut som sänts i brev anses ha "
    "delgetts den sjunde dagen efter att det sändes, om inte något annat visas (förvaltningslagen 59" NBSP
    "§). Om tidens sista dag är en helgdag eller en lördag, får begäran framställas följande vardag.",
    "Omprövningsmyndighet: Begäran om omprövning riktas till det organ i kommunen som behandlar begäran om "
    "omprövning: {authority}.",
    "Omprövningsmyndighet: Begäran om omprövning riktas till det organ i välfärdsområdet som behandlar begäran om "
    "omprövning: {authority}.",
    "Innehåll: Begäran om omprövning ska framställas skriftligen. I den ska anges det beslut som omprövningen gäller, "
    "vilken ändring som begärs och grunderna för den. I begäran ska anges namnet på den som framställer den och "
    "dennes kontaktuppgifter (postadress, telefonnummer, e-post). Begäran ska undertecknas av den som framställer den "
    "eller av dennes lagliga företrädare eller ombud.",
    "Besvär: Ändring i det beslut som meddelats med anledning av begäran om omprövning får sökas genom besvär hos "
    "förvaltningsdomstolen. Besvärsanvisning fogas till det beslutet.",
};

const Parts kEn{
    "Decisions on rehabilitative work activity are appealed as the Social Welfare Act provides (Act on "
    "Rehabilitative Work Activity 189/2001).",
    "Request for review: If you are dissatisfied with this decision, you may request a review of it (oikaisuvaatimus; "
    "Social Welfare Act 1301/2014, section" NBSP "48; Administrative Procedure Act 434/2003, sections" NBSP "49" NBSP
    "b–49" NBSP
    "g). A review may be requested by the person the decision concerns or whose rights, obligations or interests it "
    "directly affects. The decision cannot be appealed to a court before a review has been requested.",
    "Time limit: Make the request within 30" NBSP
    "days of being notified of the decision. The day of notification is not counted. A decision sent by post is "
    "deemed received on the seventh day after it was sent, unless shown otherwise (Administrative Procedure Act, "
    "section" NBSP
    "59). If the last day is a public holiday or a Saturday, the request may be made on the next working day.",
    "Review authority: Send the request to the body of the municipality (kunta) that decides on requests for "
    "review: {authority}.",
    "Review authority: Send the request to the body of the wellbeing services county (hyvinvointialue) that decides on "
    "requests for review: {authority}.",
    "Content: Make the request in writing. State the decision concerned, what change you ask for and why. Give your "
    "name and contact details (postal address, telephone number, e-mail). The request is signed by you or by your "
    "legal representative or agent.",
    "Appeal: The decision on the request for review may be appealed to the administrative court (hallinto-oikeus). "
    "Instructions for the appeal are attached to that decision.",
};

#undef NBSP

std::string text_of(const Parts& p, bool ktt, bool county) {
  std::string out = ktt ? std::string(p.ktt) + "\n\n" : "";
  for (const char* part : {p.basis, p.time, county ? p.county : p.municipality, p.content, p.court}) {
    out += part;
    out += "\n\n";
  }
  out.resize(out.size() - 2);
  return out;
}

}  // namespace

const std::vector<AppealText>& appeal_texts() {
  static const std::vector<AppealText> rows = [] {
    std::vector<AppealText> out;
    const std::pair<const char*, const Parts*> languages[] = {{"fi", &kFi}, {"sv", &kSv}, {"en", &kEn}};
    for (const auto& [language, parts] : languages) {
      for (const bool ktt : {true, false}) {
        const std::string type = ktt ? "ktt" : "";
        out.push_back({type, language, "2015-04-01", text_of(*parts, ktt, false)});
        out.push_back({type, language, "2023-01-01", text_of(*parts, ktt, true)});
      }
    }
    return out;
  }();
  return rows;
}

}  // namespace polku::decisions
