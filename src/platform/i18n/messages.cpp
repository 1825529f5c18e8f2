#include "platform/i18n/messages.hpp"

#include <map>

namespace polku::i18n {
namespace {

struct Texts {
  const char* fi;
  const char* sv;
  const char* en;
};

const std::map<std::string_view, Texts>& catalogue() {
  static const std::map<std::string_view, Texts> texts = {
      // Problem titles
      {"invalid_input", {"Tarkista merkityt kentät.", "Kontrollera de markerade fälten.", "Check the marked fields."}},
      {"bad_request", {"Pyyntö oli virheellinen.", "Begäran var felaktig.", "The request was malformed."}},
      {"invalid_json", {"Pyynnön sisältö ei ollut kelvollista JSONia.", "Begärans innehåll var inte giltig JSON.",
                        "The request body was not valid JSON."}},
      {"unauthenticated", {"Kirjaudu sisään.", "Logga in.", "Please sign in."}},
      {"invalid_credentials", {"Käyttäjätunnus tai salasana on väärä.", "Användarnamnet eller lösenordet är fel.",
                               "The username or password is wrong."}},
      {"forbidden", {"Sinulla ei ole oikeutta tähän.", "Du har inte behörighet till detta.",
                     "You do not have permission to do this."}},
      {"csrf_failed", {"Istunnon tarkiste puuttuu tai on vanhentunut. Lataa sivu uudelleen.",
                       "Sessionens kontrollkod saknas eller har gått ut. Ladda om sidan.",
                       "The session check token is missing or expired. Reload the page."}},
      {"not_found", {"Haettua tietoa ei löytynyt.", "Uppgiften hittades inte.", "Not found."}},
      {"method_not_allowed", {"Toimintoa ei voi tehdä tälle osoitteelle.", "Åtgärden är inte tillåten för adressen.",
                              "The method is not allowed for this address."}},
      {"conflict", {"Tieto on muuttunut.", "Uppgiften har ändrats.", "The data has changed."}},
      {"stale_version",
       {"Joku muu on muuttanut tietoja sillä välin. Lataa uusin versio; kirjoittamasi tiedot säilyvät näkyvillä.",
        "Någon annan har ändrat uppgifterna under tiden. Ladda den senaste versionen; det du skrev finns kvar.",
        "Someone else changed this in the meantime. Load the latest version; what you typed stays visible."}},
      {"payload_too_large", {"Pyyntö on liian suuri.", "Begäran är för stor.", "The request is too large."}},
      {"too_many_attempts",
       {"Liian monta epäonnistunutta kirjautumista. Yritä hetken kuluttua uudelleen.",
        "För många misslyckade inloggningar. Försök igen om en stund.",
        "Too many failed sign-in attempts. Try again in a moment."}},
      {"try_again", {"Samanaikainen muutos esti tallennuksen. Yritä uudelleen.",
                     "En samtidig ändring hindrade sparandet. Försök igen.",
                     "A simultaneous change prevented saving. Try again."}},
      {"database_busy", {"Palvelu on ruuhkautunut. Yritä uudelleen.", "Tjänsten är överbelastad. Försök igen.",
                         "The service is busy. Try again."}},
      {"database_unavailable", {"Tietokantaan ei saada yhteyttä.", "Ingen kontakt med databasen.",
                                "The database cannot be reached."}},
      {"internal", {"Odottamaton virhe. Yritä uudelleen; jos virhe toistuu, kerro tukeen pyynnön tunnus.",
                    "Ett oväntat fel. Försök igen; om felet upprepas, ge supporten begärans kod.",
                    "Unexpected error. Try again; if it repeats, give support the request id."}},
      // Field messages
      {"required", {"Pakollinen tieto.", "Obligatorisk uppgift.", "Required."}},
      {"too_long", {"Teksti on liian pitkä.", "Texten är för lång.", "The text is too long."}},
      {"too_short", {"Liian lyhyt: vähintään 12 merkkiä.", "För kort: minst 12 tecken.",
                     "Too short: at least 12 characters."}},
      {"invalid_format", {"Muoto ei ole oikea.", "Formatet är felaktigt.", "The format is not valid."}},
      {"invalid_checksum", {"Henkilötunnuksen tarkistusmerkki ei täsmää.",
                            "Personbeteckningens kontrolltecken stämmer inte.",
                            "The check character of the personal identity code does not match."}},
      {"invalid_date", {"Päivämäärä ei ole todellinen.", "Datumet finns inte.", "The date does not exist."}},
      {"invalid_choice", {"Valitse jokin vaihtoehdoista.", "Välj ett av alternativen.", "Choose one of the options."}},
      {"duplicate", {"Tämä tieto on jo käytössä.", "Uppgiften används redan.", "This is already in use."}},
      {"reference_missing", {"Viitattua tietoa ei ole.", "Den refererade uppgiften finns inte.",
                             "The referenced item does not exist."}},
      {"wrong_password", {"Nykyinen salasana on väärä.", "Det nuvarande lösenordet är fel.",
                          "The current password is wrong."}},
      {"in_use", {"Tieto on käytössä eikä sitä voi poistaa.", "Uppgiften används och kan inte tas bort.", "This is in use and cannot be removed."}},
      {"organisation_required", {"Valitse organisaatio.", "Välj organisation.", "Choose an organisation."}},
      // Placement registry
      {"out_of_range", {"Arvo on sallitun alueen ulkopuolella.", "Värdet ligger utanför det tillåtna intervallet.",
                        "The value is outside the allowed range."}},
      {"must_confirm", {"Vahvista, että tehtävät eivät syrjäytä palkattuja työntekijöitä.",
                        "Bekräfta att uppgifterna inte tränger undan avlönade anställda.",
                        "Confirm that the tasks do not displace paid employees."}},
      {"not_at_company", {"Yritys ei voi tarjota kuntouttavaa työtoimintaa.",
                          "Ett företag kan inte erbjuda arbetsverksamhet i rehabiliteringssyfte.",
                          "A company cannot host rehabilitative work activity."}},
      {"min_above_max", {"Vähimmäisarvo on suurempi kuin enimmäisarvo.", "Minimivärdet är större än maximivärdet.",
                         "The minimum is greater than the maximum."}},
      {"outside_service_type_limits", {"Arvo ylittää palvelun lakisääteiset rajat.",
                                       "Värdet går utöver tjänstens lagstadgade gränser.",
                                       "The value goes beyond the service type's limits."}},
      {"no_limits_in_force", {"Palvelulle ei ole tänään voimassa olevia rajoja.",
                              "Tjänsten har inga gränser i kraft i dag.",
                              "The service type has no limits in force today."}},
      {"end_before_start", {"Päättymisen on oltava alkamisen jälkeen.", "Slutet måste komma efter början.",
                            "The end must come after the start."}},
      {"no_valid_agreement", {"Paikalla ei ole voimassa olevaa sopimusta alkupäivänä.",
                              "Platsen har inget gällande avtal på startdagen.",
                              "The place has no valid agreement on the start date."}},
      {"place_full", {"Paikka on jo täynnä valitulla ajalla.", "Platsen är redan full under den valda tiden.",
                      "The place is already full for the chosen dates."}},
      {"place_not_open", {"Paikka ei ota nyt uusia asiakkaita.", "Platsen tar inte emot nya klienter nu.",
                          "The place is not taking new clients now."}},
      {"already_acknowledged", {"Tämä osapuoli on jo kuitannut sopimuksen.", "Denna part har redan kvitterat avtalet.",
                                "This party has already acknowledged the agreement."}},
      {"already_continued", {"Sopimukselle on jo tehty jatkosopimus.", "Avtalet har redan ett fortsättningsavtal.",
                             "The agreement already has a continuation agreement."}},
      {"outside_product_limits", {"Arvo ei ole palvelutuotteen rajoissa.", "Värdet ligger utanför tjänsteproduktens gränser.",
                                  "The value is outside the service product's limits."}},
      {"already_answered", {"Tilaukseen on jo vastattu.", "Beställningen har redan besvarats.",
                            "The order has already been answered."}},
      {"document_too_large", {"Asiakirja on liian suuri (enintään 5 MiB).", "Dokumentet är för stort (högst 5 MiB).",
                              "The document is too large (at most 5 MiB)."}},
      {"partner_not_host", {"Kumppanuussopimus tehdään työtoimintapaikkoja tarjoavan organisaation kanssa.",
                            "Ett partnerskapsavtal ingås med en organisation som erbjuder arbetsplatser.",
                            "A partnership agreement is made with an organisation that hosts work places."}},
      {"partner_not_provider", {"Ostopalvelusopimus tehdään palveluntuottajan kanssa.",
                                "Ett köptjänstavtal ingås med en tjänsteproducent.",
                                "A purchase contract is made with a service provider."}},
      {"partner_is_purchaser", {"Tilaaja ei tee sopimusta itsensä kanssa; valitse toinen organisaatio.",
                                "Beställaren ingår inget avtal med sig själv; välj en annan organisation.",
                                "The purchaser makes no agreement with itself; choose another organisation."}},
      {"not_partner_place", {"Valitse vain sopimuskumppanin omia työtoimintapaikkoja.",
                             "Välj endast avtalspartnerns egna arbetsplatser.",
                             "Choose only the partner's own work places."}},
      {"not_partner_product", {"Valitse vain sopimuskumppanin omia palvelutuotteita.",
                               "Välj endast avtalspartnerns egna tjänsteprodukter.",
                               "Choose only the partner's own service products."}},
      {"not_a_provider", {"Organisaatio ei ole palveluntuottaja.", "Organisationen är inte en tjänsteproducent.",
                          "The organisation is not a service provider."}},
      // Cases, decisions and notices
      {"decision_too_long", {"Päätöksen kesto ylittää palvelun enimmäiskeston.",
                             "Beslutets längd överskrider tjänstens maximala längd.",
                             "The decision is longer than the service type allows."}},
      {"decision_signed", {"Allekirjoitettua päätöstä ei voi muuttaa. Tee uusi päätös, joka korvaa sen.",
                           "Ett undertecknat beslut kan inte ändras. Fatta ett nytt beslut som ersätter det.",
                           "A signed decision cannot be changed. Make a new decision that replaces it."}},
      {"case_already_open", {"Asiakkaalla on jo avoin asiakkuus tässä palvelussa.",
                             "Klienten har redan en öppen klientrelation i denna tjänst.",
                             "The client already has an open case in this service."}},
      {"transition_refused", {"Asiakkuutta ei voi siirtää seuraavaan vaiheeseen.",
                              "Klientrelationen kan inte flyttas till nästa skede.",
                              "The case cannot move to the next stage."}},
      // Transition guards
      {"transition_not_allowed", {"Siirto tähän vaiheeseen ei ole mahdollinen.", "Övergång till detta skede är inte möjlig.",
                                  "The case cannot move to this stage."}},
      {"case_closed", {"Asiakkuus on päättynyt.", "Klientrelationen är avslutad.", "The case is closed."}},
      {"case_interrupted", {"Asiakkuus on keskeytetty.", "Klientrelationen är avbruten.", "The case is interrupted."}},
      {"case_not_interrupted", {"Asiakkuus ei ole keskeytetty.", "Klientrelationen är inte avbruten.",
                                "The case is not interrupted."}},
      {"referral_missing", {"Asiakasohjaus puuttuu.", "Hänvisningen saknas.", "The referral is missing."}},
      {"assessment_missing", {"Palvelutarpeen arviointi puuttuu.", "Bedömningen av servicebehovet saknas.",
                              "The service need assessment is missing."}},
      {"assessment_negative", {"Palvelutarpeen arvioinnin mukaan palvelulle ei ole tarvetta.",
                               "Enligt bedömningen av servicebehovet behövs tjänsten inte.",
                               "The service need assessment found no need for the service."}},
      {"plan_missing", {"Suunnitelma puuttuu.", "Planen saknas.", "The plan is missing."}},
      {"plan_kind_not_accepted", {"Tämä suunnitelmatyyppi ei käy tähän palveluun.",
                                  "Denna typ av plan godtas inte för tjänsten.",
                                  "This kind of plan is not accepted for the service."}},
      {"plan_ktt_content_missing", {"Suunnitelmasta puuttuu kuntouttavan työtoiminnan 9 §:n mukainen sisältö.",
                                    "Planen saknar innehållet enligt 9 § om arbetsverksamhet i rehabiliteringssyfte.",
                                    "The plan lacks the rehabilitative work activity content required by section 9."}},
      {"decision_missing", {"Voimassa oleva allekirjoitettu päätös puuttuu.", "Ett giltigt undertecknat beslut saknas.",
                            "A valid signed decision is missing."}},
      {"shop_steward_notice_missing", {"Ilmoitus pääluottamusmiehelle puuttuu.",
                                       "Anmälan till huvudförtroendemannen saknas.",
                                       "The notice to the chief shop steward is missing."}},
      {"employment_authority_start_notice_missing",
       {"Aloitusilmoitus työvoimaviranomaiselle puuttuu.", "Startanmälan till arbetskraftsmyndigheten saknas.",
        "The start notice to the employment authority is missing."}},
      {"agreement_missing", {"Asiakassopimus puuttuu.", "Klientavtalet saknas.", "The client agreement is missing."}},
      {"end_missing", {"Päättymisen tiedot puuttuvat.", "Uppgifterna om avslutningen saknas.",
                       "The end of the service is not recorded."}},
      {"follow_up_missing", {"Jatkopolku puuttuu.", "Den fortsatta vägen saknas.", "The follow-up path is missing."}},
  };
  return texts;
}

}  // namespace

bool has_message(std::string_view key) { return catalogue().count(key) > 0; }

std::string message(std::string_view key, std::string_view lang) {
  auto it = catalogue().find(key);
  if (it == catalogue().end()) return std::string(key);
  if (lang == "sv") return it->second.sv;
  if (lang == "en") return it->second.en;
  return it->second.fi;
}

}  // namespace polku::i18n
