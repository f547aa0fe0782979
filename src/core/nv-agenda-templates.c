/* nv-agenda-templates.c: the seeds' agendas, item for item
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-agenda-item.h"
#include "nv-agenda-templates.h"
#include "nv-agenda.h"
#include "nv-history.h"
#include "nv-plan-file.h"

/*
 * The items keep the seeds' own Danish words, verbatim: they are what
 * Danish networks put on their agendas, and a user renames them as they
 * like. A title is the item's text as the seed prints it, without its
 * number or clock times, its "ca. 15 min.", its "(v. …)" and footnote
 * marks, and the full stop that ends it; where the seed goes on with more
 * sentences ("Form: …") or a footnote, those are the notes, verbatim too.
 * An item has a leader only where the seed names one: "(v. ordstyrer)",
 * "(v. alle)", or a group that presents ("ved Lokal TRIO"). The seeds'
 * spelling is kept ("hvad i skal nå inden i skilles", "HR- og AM-
 * konsulenter"). tests/test-agenda.c holds the seeds' lines and checks
 * every title and leader against them.
 */

#define ITEM(title, minutes) { title, minutes, NV_ITEM_KIND_ITEM, NV_LEAD_NONE, NULL, NULL }
#define LED(title, minutes, lead) { title, minutes, NV_ITEM_KIND_ITEM, lead, NULL, NULL }
#define PAUSE(title, minutes) { title, minutes, NV_ITEM_KIND_PAUSE, NV_LEAD_NONE, NULL, NULL }

/* Seed 000: the regional network meeting of Bydelsmødrenes Landsorganisation; no durations, no leaders */
static const NvTemplateItem regional[] = {
  ITEM ("Inspiration: Hvad har været en succes/har fungeret godt i Bydelsmødregruppen siden sidst (1. succes pr. gruppe)", -1),
  ITEM ("Fagligviden: Fagligt oplæg fra Landsorganisationen", -1),
  ITEM ("Sparring: Hver gruppe får sparring på den vigtigste udfordring", -1),
  ITEM ("Fx Punkt fra en lokal gruppe", -1),
  ITEM ("Fx Kort info fra Landsorganisationen", -1),
  ITEM ("Næste møde: Hvor og input til punkter op fagligt oplæg", -1),
};

/* Seed 001: the first meeting of a new network; "I alt 2 timer og 40 minutter" */
static const NvTemplateItem first_meeting[] = {
  LED ("Velkommen", 15, NV_LEAD_CHAIR),
  LED ("Præsentationsrunde", 45, NV_LEAD_EVERYONE),
  PAUSE ("Pause", 20),
  LED ("Netværksønsker", 40, NV_LEAD_EVERYONE),
  LED ("Beslutning om netværk", 20, NV_LEAD_EVERYONE),
  LED ("Fremtidige møder", 20, NV_LEAD_EVERYONE),
};

/* Seed 001: the second meeting; "I alt 2 timer og 40 minutter", and Eventuelt
 * untimed. The seed names no leader: the chair opens item 1 in its words. */
static const NvTemplateItem second_meeting[] = {
  ITEM ("Ordstyreren indleder med at beskrive mødets formål og hvad i skal nå inden i skilles", 5),
  ITEM ("Kort runde – siden sidst", 15),
  { "Rammer om gruppens arbejde (se forslag til temaer nedenfor)", 50, NV_ITEM_KIND_ITEM, NV_LEAD_NONE, NULL,
    "Form: Diskuter 3 og 3 centrale temaer der er vigtige for gruppens arbejde. Skriv ned. "
    "Ordstyreren samler forslagene på papir. Diskuter tilføjelser og/eller ændringer. "
    "Referenten skriver ned og sørger for at få aftalerne renskrevet og udsendt til gruppens "
    "medlemmer inden næste møde" },
  PAUSE ("Pause", 20),
  ITEM ("Planlægning af kommende møder eks. : hvor, hvornår, indhold, form, aftaler om hvem der er ansvarlige "
        "(få inspiration til temaer nedenfor)", 60),
  ITEM ("Ordstyrer og referent udpeges til de næste møder", 10),
  ITEM ("Eventuelt", -1),
};

/* Seed 001: the agenda for future meetings; no leaders */
static const NvTemplateItem future_meetings[] = {
  ITEM ("Siden sidst", 20),
  ITEM ("Temaoplæg m.m.", 100),
  PAUSE ("Pause", 20),
  ITEM ("Afrunding af dagen – med særlig fokus på hvad der har fungeret godt ved mødet, hvad der har været "
        "specielt givende for den enkelte samt den enkeltes rolle i gruppen og gruppen i forhold til den enkelte", 20),
  ITEM ("Næste møde – valg af ordstyrer, referent osv.", 10),
  ITEM ("Evt.", -1),
};

/* Seed 002: the programme of the 1st network meeting on social capital, 11.00–14.00 */
static const NvTemplateItem social_capital_1[] = {
  ITEM ("Velkomst, formål og program", 10),
  { "Living statement og speed dating", 10, NV_ITEM_KIND_ITEM, NV_LEAD_NONE, NULL,
    "To metoder, hvor deltagerne får viden om de øvrige deltagere i netværksmødet" },
  ITEM ("Social kapital – hvad og hvorfor?", 15),
  ITEM ("Udstilling fra de deltagende arbejdspladser – der defileres rundt og spørges ind", 20),
  { "Arbejdsplads 1: Præsentation ved Lokal TRIO + summen i grupper", 20, NV_ITEM_KIND_ITEM, NV_LEAD_OTHER,
    "Lokal TRIO", "Lokal TRIO består af leder, AMR og TR" },
  { "Arbejdsplads 2: Præsentation ved Lokal TRIO + summen i grupper", 10, NV_ITEM_KIND_ITEM, NV_LEAD_OTHER,
    "Lokal TRIO", NULL },
  PAUSE ("Let anretning", 25),
  { "HR- og AM- konsulenter: Præsentation af deres opgaver og roller i projektet + summen i grupper", 20,
    NV_ITEM_KIND_ITEM, NV_LEAD_OTHER, "HR- og AM- konsulenter", NULL },
  ITEM ("De samlede resultater fra indledende spørgeskemaundersøgelse", 15),
  { "Refleksion over dagen", 30, NV_ITEM_KIND_ITEM, NV_LEAD_OTHER, "Reflekterende team",
    "Reflekterende team bestående af direktør, forvaltnings-/afdelingsdirektører, og næstformanden "
    "i H-MED + forsamlingens refleksion" },
  ITEM ("Tak for i dag og kom godt hjem", 5),
};

/* Seed 002: the programme of the 2nd network meeting, 12.30–15.30 */
static const NvTemplateItem social_capital_2[] = {
  ITEM ("Velkomst og dagens program", 10),
  ITEM ("Overblik over indsatser og aktiviteter, der er blevet gennemført i projektet for at styrke social kapital", 15),
  { "Præsentation fra arbejdspladserne – ud fra stram opgavebeskrivelse", 35, NV_ITEM_KIND_ITEM,
    NV_LEAD_NONE, NULL, "• Arbejdsplads 1\n• Arbejdsplads 2\n• Arbejdsplads 3" },
  PAUSE ("Pause", 10),
  { "Præsentation fra arbejdspladserne, fortsat", 35, NV_ITEM_KIND_ITEM, NV_LEAD_NONE, NULL,
    "• Arbejdsplads 4\n• Arbejdsplads 5\n• Arbejdsplads 6" },
  ITEM ("Præsentation af spørgeskemaresultaterne og de almene overvejelser det kan afstedkomme", 30),
  PAUSE ("Pause", 15),
  { "Direktørernes og næstformanden i H-MED refleksioner over projektets resultater og hvilken retning "
    "den fortsatte ’social kapital indsats’ skal tage i kommunen/på hospitalet",
    20, NV_ITEM_KIND_ITEM, NV_LEAD_OTHER, "Direktørerne og næstformanden i H-MED", NULL },
  ITEM ("Afrunding", 10),
};

/* Not a seed's agenda. Seed 004 says only that "some networks may end
 * after three meetings of one hour" (tre møder à én time) and gives no
 * items: this hour is our own suggestion, and its name and source say so
 * rather than claim to come from the seed. */
static const NvTemplateItem one_hour[] = {
  LED ("Velkomst og formål", 5, NV_LEAD_CHAIR),
  LED ("Siden sidst", 10, NV_LEAD_EVERYONE),
  LED ("Drøftelse af temaet", 30, NV_LEAD_EVERYONE),
  LED ("Opsamling: hvad tager vi med tilbage til driften?", 10, NV_LEAD_EVERYONE),
  LED ("Næste møde", 5, NV_LEAD_CHAIR),
};

#define TEMPLATE(id, name, source, start, items) { id, name, source, start, items, G_N_ELEMENTS (items) }

static const NvAgendaTemplate builtin[] = {
  TEMPLATE ("regional", N_("Regional network meeting"), N_("Bydelsmødrenes Landsorganisation"), -1, regional),
  TEMPLATE ("first-meeting", N_("First meeting of a new network"), N_("Meeting kit for foster carers"), -1, first_meeting),
  TEMPLATE ("second-meeting", N_("Second meeting of a new network"), N_("Meeting kit for foster carers"), -1, second_meeting),
  TEMPLATE ("future-meetings", N_("Future meetings"), N_("Meeting kit for foster carers"), -1, future_meetings),
  TEMPLATE ("social-capital-1", N_("Social capital: first network meeting"), N_("BFA, social capital"), 11 * 60, social_capital_1),
  TEMPLATE ("social-capital-2", N_("Social capital: second network meeting"), N_("BFA, social capital"), 12 * 60 + 30, social_capital_2),
  /* Our own, not a seed's: no source */
  TEMPLATE ("one-hour", N_("Short one-hour network meeting"), NULL, -1, one_hour),
};

const NvAgendaTemplate *
nv_agenda_templates_get_builtin (guint *n_templates)
{
  *n_templates = G_N_ELEMENTS (builtin);
  return builtin;
}

const NvAgendaTemplate *
nv_agenda_templates_lookup (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (builtin); i++)
    if (g_strcmp0 (builtin[i].id, id) == 0)
      return &builtin[i];

  return NULL;
}

/**
 * nv_agenda_template_to_record:
 *
 * Returns: (transfer full): @template as a template record, with new ids
 */
NvTemplate *
nv_agenda_template_to_record (const NvAgendaTemplate *template)
{
  NvTemplate *record = nv_template_new ();
  NvRecordList *items = NV_RECORD_LIST (nv_template_get_items (record));

  nv_template_set_name (record, _(template->name));
  nv_template_set_start (record, template->start);

  for (guint i = 0; i < template->n_items; i++)
    {
      const NvTemplateItem *source = &template->items[i];
      g_autoptr(NvAgendaItem) item = nv_agenda_item_new ();

      g_free (nv_record_make_id (NV_RECORD (item)));
      nv_agenda_item_set_title (item, source->title);
      nv_agenda_item_set_duration (item, source->duration);
      nv_agenda_item_set_kind (item, source->kind);
      nv_agenda_item_set_lead (item, source->lead);
      nv_agenda_item_set_lead_text (item, source->lead_text);
      nv_agenda_item_set_notes (item, source->notes);
      nv_record_list_append (items, NV_RECORD (item));
    }

  return record;
}

/**
 * nv_agenda_template_apply:
 *
 * Adds @template's items to the end of @meeting's agenda.
 */
void
nv_agenda_template_apply (const NvAgendaTemplate *template,
                          NvMeeting              *meeting)
{
  g_autoptr(NvTemplate) record = nv_agenda_template_to_record (template);

  nv_template_apply (record, meeting);
}

/**
 * nv_template_apply:
 *
 * Adds copies of @template's items to the end of @meeting's agenda, and
 * gives the meeting the template's start if it has none. One step in the
 * history.
 */
void
nv_template_apply (NvTemplate *template,
                   NvMeeting  *meeting)
{
  NvHistory *history = nv_record_find_history (NV_RECORD (meeting));

  nv_history_begin_group (history, nv_template_get_name (template));
  if (nv_meeting_get_start (meeting) < 0 && nv_template_get_start (template) >= 0)
    nv_meeting_set_start (meeting, nv_template_get_start (template));
  nv_agenda_copy_items (nv_template_get_items (template), NV_RECORD_LIST (nv_meeting_get_agenda (meeting)));
  nv_history_end_group (history);
}

/**
 * nv_template_new_from_meeting:
 *
 * Returns: (transfer full): a template of @meeting's agenda and start,
 * without the items' minutes, which belong to the meeting
 */
NvTemplate *
nv_template_new_from_meeting (NvMeeting  *meeting,
                              const char *name)
{
  NvTemplate *template = nv_template_new ();

  g_free (nv_record_make_id (NV_RECORD (template)));
  nv_template_set_name (template, name);
  nv_template_set_start (template, nv_meeting_get_start (meeting));
  nv_agenda_copy_items (nv_meeting_get_agenda (meeting), NV_RECORD_LIST (nv_template_get_items (template)));

  return template;
}

/* ───────────────── The user's own templates ───────────────── */

static GFile *
user_templates_file (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "netvaerk", "templates" NV_PLAN_FILE_SUFFIX, NULL);

  return g_file_new_for_path (path);
}

/**
 * nv_user_templates_load:
 *
 * The templates a user keeps for all plans, in a plan file of their own
 * in the user data folder.
 *
 * Returns: (transfer full): a plan that holds them; empty if there are none
 */
NvPlan *
nv_user_templates_load (GError **error)
{
  g_autoptr(GFile) file = user_templates_file ();

  if (!g_file_query_exists (file, NULL))
    return nv_plan_new ();

  return nv_plan_load_from_file (file, NULL, error);
}

gboolean
nv_user_templates_save (NvPlan  *templates,
                        GError **error)
{
  g_autoptr(GFile) file = user_templates_file ();
  g_autoptr(GFile) folder = g_file_get_parent (file);

  if (!g_file_make_directory_with_parents (folder, NULL, NULL) && !g_file_query_exists (folder, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not make the folder “%s”"), g_file_peek_path (folder));
      return FALSE;
    }

  return nv_plan_save_to_file (templates, file, NULL, error);
}
