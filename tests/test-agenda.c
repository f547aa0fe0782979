/* test-agenda.c: the seeds' agendas, their clock times, totals and warnings
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "nv-agenda.h"
#include "nv-agenda-templates.h"
#include "nv-input.h"
#include "nv-participant.h"
#include "nv-history.h"
#include "nv-plan-file.h"
#include "nv-test-util.h"
#include "nv-util.h"

typedef struct
{
  const char *template;
  int         start;
  const char *ranges;    /* the English clock times, one per item, "|" between; "" for none */
  const char *ranges_da; /* the same in Danish */
  const char *total;
  const char *total_da;
} SeedCase;

static const SeedCase seeds[] = {
  /* Seed 001, first meeting: "I alt 2 timer og 40 minutter" */
  { "first-meeting", 18 * 60,
    "18:00–18:15|18:15–19:00|19:00–19:20|19:20–20:00|20:00–20:20|20:20–20:40",
    "18.00 – 18.15|18.15 – 19.00|19.00 – 19.20|19.20 – 20.00|20.00 – 20.20|20.20 – 20.40",
    "Total 2 hours 40 minutes", "I alt 2 timer og 40 minutter" },
  /* Seed 001, second meeting: 2 hours 40 minutes, as printed, and the
   * untimed "Eventuelt" makes it a lower bound */
  { "second-meeting", 18 * 60,
    "18:00–18:05|18:05–18:20|18:20–19:10|19:10–19:30|19:30–20:30|20:30–20:40|",
    "18.00 – 18.05|18.05 – 18.20|18.20 – 19.10|19.10 – 19.30|19.30 – 20.30|20.30 – 20.40|",
    "Total at least 2 hours 40 minutes", "I alt mindst 2 timer og 40 minutter" },
  /* Seed 001, future meetings: the seed prints "Í alt 2 timer og 30
   * minutter", but its own items take 20 + 100 + 20 + 20 + 10 minutes,
   * which is 2 hours 50 minutes: the computed total is the right one. */
  { "future-meetings", 18 * 60,
    "18:00–18:20|18:20–20:00|20:00–20:20|20:20–20:40|20:40–20:50|",
    "18.00 – 18.20|18.20 – 20.00|20.00 – 20.20|20.20 – 20.40|20.40 – 20.50|",
    "Total at least 2 hours 50 minutes", "I alt mindst 2 timer og 50 minutter" },
  /* Seed 002, first programme: 11.00 to 14.00 with the listed times */
  { "social-capital-1", -1,
    "11:00–11:10|11:10–11:20|11:20–11:35|11:35–11:55|11:55–12:15|12:15–12:25|12:25–12:50|"
    "12:50–13:10|13:10–13:25|13:25–13:55|13:55–14:00",
    "11.00 – 11.10|11.10 – 11.20|11.20 – 11.35|11.35 – 11.55|11.55 – 12.15|12.15 – 12.25|12.25 – 12.50|"
    "12.50 – 13.10|13.10 – 13.25|13.25 – 13.55|13.55 – 14.00",
    "Total 3 hours", "I alt 3 timer" },
  /* Seed 002, second programme: 12.30 to 15.30 */
  { "social-capital-2", -1,
    "12:30–12:40|12:40–12:55|12:55–13:30|13:30–13:40|13:40–14:15|14:15–14:45|14:45–15:00|15:00–15:20|15:20–15:30",
    "12.30 – 12.40|12.40 – 12.55|12.55 – 13.30|13.30 – 13.40|13.40 – 14.15|14.15 – 14.45|14.45 – 15.00|15.00 – 15.20|15.20 – 15.30",
    "Total 3 hours", "I alt 3 timer" },
  /* Seed 000: no durations at all, so no clock times on the items (not
   * "10.00" six times) and no total ("at least 0 minutes" says nothing) */
  { "regional", 10 * 60,
    "|||||",
    "|||||",
    NULL, NULL },
  /* Seed 004: a one-hour meeting */
  { "one-hour", 15 * 60,
    "15:00–15:05|15:05–15:15|15:15–15:45|15:45–15:55|15:55–16:00",
    "15.00 – 15.05|15.05 – 15.15|15.15 – 15.45|15.45 – 15.55|15.55 – 16.00",
    "Total 1 hour", "I alt 1 time" },
};

static gboolean
use_language (const char *language)
{
  const char *locale = g_str_equal (language, "da") ? "da_DK.UTF-8" : "C.UTF-8";

  if (setlocale (LC_ALL, locale) == NULL)
    return FALSE;
  g_setenv ("LANGUAGE", language, TRUE);
  textdomain (textdomain (NULL));
  return TRUE;
}

static NvMeeting *
meeting_from_template (const char *id,
                       int         start)
{
  NvMeeting *meeting = nv_meeting_new ();

  nv_meeting_set_start (meeting, start);
  nv_agenda_template_apply (nv_agenda_templates_lookup (id), meeting);
  return meeting;
}

static void
check_seed (const SeedCase *seed,
            gboolean        danish)
{
  g_autoptr(NvMeeting) meeting = meeting_from_template (seed->template, seed->start);
  g_autoptr(NvAgendaTimes) times = nv_agenda_times_new (meeting);
  g_auto(GStrv) expected = g_strsplit (danish ? seed->ranges_da : seed->ranges, "|", -1);
  g_autofree char *total = nv_agenda_format_total (times->total, times->lower_bound);

  g_assert_cmpuint (times->n_slots, ==, g_strv_length (expected));
  for (guint i = 0; i < times->n_slots; i++)
    {
      g_autofree char *range = nv_agenda_format_range (times->slots[i].start, times->slots[i].end);
      g_assert_cmpstr (range, ==, expected[i][0] != '\0' ? expected[i] : NULL);
    }
  g_assert_cmpstr (total, ==, danish ? seed->total_da : seed->total);
}

static void
test_seed_agendas (void)
{
  g_assert_true (use_language ("en"));
  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    check_seed (&seeds[i], FALSE);

  if (!use_language ("da"))
    {
      g_test_skip ("The da_DK.UTF-8 locale is not installed (build-aux/dev.sh generates it)");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    check_seed (&seeds[i], TRUE);
  use_language ("en");
}

/* Every template's items come out exactly as the template lists them */
static void
test_templates_complete (void)
{
  guint n;
  const NvAgendaTemplate *templates = nv_agenda_templates_get_builtin (&n);

  g_assert_cmpuint (n, ==, 7);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NvMeeting) meeting = meeting_from_template (templates[i].id, 600);
      GListModel *agenda = nv_meeting_get_agenda (meeting);

      g_assert_cmpuint (g_list_model_get_n_items (agenda), ==, templates[i].n_items);
      for (guint j = 0; j < templates[i].n_items; j++)
        {
          NvAgendaItem *item = NV_AGENDA_ITEM (nv_record_list_peek (NV_RECORD_LIST (agenda), j));

          g_assert_cmpstr (nv_agenda_item_get_title (item), ==, templates[i].items[j].title);
          g_assert_cmpint (nv_agenda_item_get_duration (item), ==, templates[i].items[j].duration);
          g_assert_nonnull (nv_record_get_id (NV_RECORD (item)));
        }
    }
}

/*
 * The seeds' agenda lines, as the seeds print them (a line broken over
 * two lines of the seed is joined with a space, and a word hyphenated at
 * a line's end is joined), with the text a seed puts under an item: a
 * footnote ("*", "**"), bullets, or sentences that follow the title. The
 * test takes each line apart as a reader would: the number or the clock
 * times in front, "ca. 15 min." at the end, "(v. ordstyrer)" or "(v.
 * alle)" for who leads, footnote marks and the final full stop; what is
 * left is the title. A leader other than the chair or everyone is only
 * allowed where the line names that group.
 */
typedef struct
{
  const char *line;
  const char *named_lead;  /* a group the line names as presenting, or NULL */
  const char *notes;       /* the seed's text under the item, or NULL */
  const char *named_as;    /* the line's words for that group, when inflected differently */
} SeedLine;

typedef struct
{
  const char     *template;
  const SeedLine *lines;
  guint           n_lines;
} SeedAgenda;

/* Seed 000, "Dagsorden" */
static const SeedLine seed_000[] = {
  { "1. Inspiration: Hvad har været en succes/har fungeret godt i Bydelsmødregruppen siden sidst (1. succes pr. gruppe)" },
  { "2. Fagligviden: Fagligt oplæg fra Landsorganisationen" },
  { "3. Sparring: Hver gruppe får sparring på den vigtigste udfordring" },
  { "4. Fx Punkt fra en lokal gruppe" },
  { "5. Fx Kort info fra Landsorganisationen" },
  { "6. Næste møde: Hvor og input til punkter op fagligt oplæg" },
};

/* Seed 001, "En dagsorden til det første møde" */
static const SeedLine seed_001_first[] = {
  { "1. Velkommen (v. ordstyrer) ca. 15 min." },
  { "2. Præsentationsrunde (v. alle) ca. 45 min." },
  { "3. Pause ca. 20 min." },
  { "4. Netværksønsker (v. alle) ca. 40 min." },
  { "5. Beslutning om netværk (v. alle) ca. 20 min." },
  { "6. Fremtidige møder (v. alle) ca. 20 min." },
};

/* Seed 001, the second meeting's "EKSEMPEL PÅ DAGSORDEN" */
static const SeedLine seed_001_second[] = {
  { "1. Ordstyreren indleder med at beskrive mødets formål og hvad i skal nå inden i skilles ca. 5 min." },
  { "2. Kort runde – siden sidst ca. 15 min." },
  { "3. Rammer om gruppens arbejde (se forslag til temaer nedenfor). Form: Diskuter 3 og 3 centrale temaer der er "
    "vigtige for gruppens arbejde. Skriv ned. Ordstyreren samler forslagene på papir. Diskuter tilføjelser og/eller "
    "ændringer. Referenten skriver ned og sørger for at få aftalerne renskrevet og udsendt til gruppens medlemmer "
    "inden næste møde ca. 50 min", NULL,
    "Form: Diskuter 3 og 3 centrale temaer der er vigtige for gruppens arbejde. Skriv ned. Ordstyreren samler "
    "forslagene på papir. Diskuter tilføjelser og/eller ændringer. Referenten skriver ned og sørger for at få "
    "aftalerne renskrevet og udsendt til gruppens medlemmer inden næste møde" },
  { "4. Pause ca. 20 min." },
  { "5. Planlægning af kommende møder eks. : hvor, hvornår, indhold, form, aftaler om hvem der er ansvarlige "
    "(få inspiration til temaer nedenfor) ca. 1 time" },
  { "6. Ordstyrer og referent udpeges til de næste møder ca. 10 min" },
  { "7. Eventuelt" },
};

/* Seed 001, "FORSLAG TIL DAGSORDEN FOR KOMMENDE MØDER" */
static const SeedLine seed_001_future[] = {
  { "1. Siden sidst ca. 20 min" },
  { "2. Temaoplæg m.m. ca. 1 time og 40 min" },
  { "3. Pause ca. 20 min" },
  { "4. Afrunding af dagen – med særlig fokus på hvad der har fungeret godt ved mødet, hvad der har været specielt "
    "givende for den enkelte samt den enkeltes rolle i gruppen og gruppen i forhold til den enkelte ca. 20 min" },
  { "5. Næste møde – valg af ordstyrer, referent osv. ca. 10 min" },
  { "6. Evt." },
};

/* Seed 002, "Eksempel på program fra 1. netværksmøde" */
static const SeedLine seed_002_first[] = {
  { "11.00 – 11.10 Velkomst, formål og program" },
  { "11.10 – 11.20 Living statement og speed dating*", NULL,
    "To metoder, hvor deltagerne får viden om de øvrige deltagere i netværksmødet" },
  { "11.20 – 11.35 Social kapital – hvad og hvorfor?" },
  { "11.35 – 11.55 Udstilling fra de deltagende arbejdspladser – der defileres rundt og spørges ind" },
  { "11.55 – 12.15 Arbejdsplads 1: Præsentation ved Lokal TRIO** + summen i grupper", "Lokal TRIO",
    "Lokal TRIO består af leder, AMR og TR" },
  { "12.15 – 12.25 Arbejdsplads 2: Præsentation ved Lokal TRIO + summen i grupper", "Lokal TRIO" },
  { "12.25 – 12.50 Let anretning" },
  { "12.50 – 13.10 HR- og AM- konsulenter: Præsentation af deres opgaver og roller i projektet + summen i grupper",
    "HR- og AM- konsulenter" },
  { "13.10 – 13.25 De samlede resultater fra indledende spørgeskemaundersøgelse" },
  { "13.25 – 13.55 Refleksion over dagen. Reflekterende team bestående af direktør, forvaltnings-/afdelingsdirektører, "
    "og næstformanden i H-MED + forsamlingens refleksion", "Reflekterende team",
    "Reflekterende team bestående af direktør, forvaltnings-/afdelingsdirektører, og næstformanden i H-MED "
    "+ forsamlingens refleksion" },
  { "13.55 – 14.00 Tak for i dag og kom godt hjem" },
};

/* Seed 002, "Eksempel på program fra 2. netværksmøde" */
static const SeedLine seed_002_second[] = {
  { "12.30 – 12.40 Velkomst og dagens program." },
  { "12.40 - 12.55 Overblik over indsatser og aktiviteter, der er blevet gennemført i projektet for at styrke "
    "social kapital." },
  { "12.55 – 13.30 Præsentation fra arbejdspladserne – ud fra stram opgavebeskrivelse", NULL,
    "• Arbejdsplads 1\n• Arbejdsplads 2\n• Arbejdsplads 3" },
  { "13.30 – 13.40 Pause" },
  { "13.40 – 14.15 Præsentation fra arbejdspladserne, fortsat", NULL,
    "• Arbejdsplads 4\n• Arbejdsplads 5\n• Arbejdsplads 6" },
  { "14.15 – 14.45 Præsentation af spørgeskemaresultaterne og de almene overvejelser det kan afstedkomme." },
  { "14.45 – 15.00 Pause" },
  { "15.00 – 15.20 Direktørernes og næstformanden i H-MED refleksioner over projektets resultater og hvilken retning "
    "den fortsatte ’social kapital indsats’ skal tage i kommunen/på hospitalet",
    "Direktørerne og næstformanden i H-MED", NULL, "Direktørernes og næstformanden i H-MED" },
  { "15.20 – 15.30 Afrunding" },
};

#define SEED_AGENDA(id, lines) { id, lines, G_N_ELEMENTS (lines) }

static const SeedAgenda seed_agendas[] = {
  SEED_AGENDA ("regional", seed_000),
  SEED_AGENDA ("first-meeting", seed_001_first),
  SEED_AGENDA ("second-meeting", seed_001_second),
  SEED_AGENDA ("future-meetings", seed_001_future),
  SEED_AGENDA ("social-capital-1", seed_002_first),
  SEED_AGENDA ("social-capital-2", seed_002_second),
};

/* "ca. 1 time og 40 min" → 100; "11.55 – 12.15" → 20; nothing → -1 */
static int
seed_line_minutes (const char *line)
{
  g_autoptr(GRegex) clock = g_regex_new ("^(\\d\\d)\\.(\\d\\d) [–-] (\\d\\d)\\.(\\d\\d) ", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  const char *about = strstr (line, " ca. ");
  int minutes = 0;

  if (g_regex_match (clock, line, 0, &match))
    {
      int numbers[4];

      for (int i = 0; i < 4; i++)
        {
          g_autofree char *number = g_match_info_fetch (match, i + 1);
          numbers[i] = atoi (number);
        }
      return numbers[2] * 60 + numbers[3] - numbers[0] * 60 - numbers[1];
    }

  if (about == NULL)
    return -1;

  for (const char *p = about + strlen (" ca. "); *p != '\0';)
    {
      char *end;
      long n = strtol (p, &end, 10);

      if (end == p)
        break;
      while (*end == ' ')
        end++;
      minutes += g_str_has_prefix (end, "time") ? n * 60 : n;
      p = strstr (end, " og ");
      if (p == NULL)
        break;
      p += strlen (" og ");
    }
  return minutes;
}

/* The title a reader sees in @line, and who it says leads */
static char *
seed_line_title (const char *line,
                 NvLead     *lead)
{
  g_autoptr(GRegex) front = g_regex_new ("^(\\d+\\. |\\d\\d\\.\\d\\d [–-] \\d\\d\\.\\d\\d )", 0, 0, NULL);
  g_autofree char *text = g_regex_replace (front, line, -1, 0, "", 0, NULL);
  g_autoptr(GString) title = NULL;
  char *about = strstr (text, " ca. ");

  if (about != NULL)
    *about = '\0';

  *lead = NV_LEAD_NONE;
  title = g_string_new (text);
  if (g_string_replace (title, " (v. ordstyrer)", "", 0) > 0)
    *lead = NV_LEAD_CHAIR;
  if (g_string_replace (title, " (v. alle)", "", 0) > 0)
    *lead = NV_LEAD_EVERYONE;
  g_string_replace (title, "*", "", 0);
  g_strstrip (title->str);
  title->len = strlen (title->str);
  /* The full stop that ends a sentence, not one of "osv.", "m.m." or "Evt." */
  if (g_str_has_suffix (title->str, ".") && !g_str_has_suffix (title->str, "osv.")
      && !g_str_has_suffix (title->str, "m.m.") && !g_str_has_suffix (title->str, "Evt."))
    g_string_truncate (title, title->len - 1);

  return g_string_free (g_steal_pointer (&title), FALSE);
}

/* Each template reproduces its seed: titles verbatim, durations, and a
 * leader only where the seed names one */
static void
test_templates_match_seed_text (void)
{
  guint n;
  const NvAgendaTemplate *templates = nv_agenda_templates_get_builtin (&n);
  guint from_seeds = 0;

  for (guint a = 0; a < G_N_ELEMENTS (seed_agendas); a++)
    {
      const SeedAgenda *seed = &seed_agendas[a];
      const NvAgendaTemplate *template = nv_agenda_templates_lookup (seed->template);

      g_test_message ("%s", seed->template);
      g_assert_nonnull (template);
      g_assert_nonnull (template->source);
      g_assert_cmpuint (template->n_items, ==, seed->n_lines);

      for (guint i = 0; i < seed->n_lines; i++)
        {
          const SeedLine *line = &seed->lines[i];
          const NvTemplateItem *item = &template->items[i];
          NvLead lead;
          g_autofree char *title = seed_line_title (line->line, &lead);
          g_autofree char *title_and_notes = g_strconcat (item->title, ". ", item->notes, NULL);
          gboolean pause = g_str_equal (title, "Pause") || g_str_equal (title, "Let anretning");

          /* The title, or the title and the sentences after it that are the notes */
          if (!g_str_equal (title, item->title) && !(item->notes && g_str_equal (title, title_and_notes)))
            g_error ("%s item %u: the title “%s”, the seed says “%s”", seed->template, i + 1, item->title, title);
          g_assert_cmpstr (item->notes, ==, line->notes);
          g_assert_cmpint (item->duration, ==, seed_line_minutes (line->line));
          g_assert_cmpint (item->kind, ==, pause ? NV_ITEM_KIND_PAUSE : NV_ITEM_KIND_ITEM);

          if (line->named_lead != NULL)
            {
              g_assert_nonnull (strstr (line->line, line->named_as ? line->named_as : line->named_lead));
              lead = NV_LEAD_OTHER;
            }
          if (item->lead != lead)
            g_error ("%s item %u: led by %d, the seed says %d", seed->template, i + 1, item->lead, lead);
          g_assert_cmpstr (item->lead_text, ==, line->named_lead);
        }
    }

  /* Every other built-in template is our own, and does not claim a seed */
  for (guint i = 0; i < n; i++)
    if (templates[i].source != NULL)
      from_seeds++;
  g_assert_cmpuint (from_seeds, ==, G_N_ELEMENTS (seed_agendas));
  g_assert_null (nv_agenda_templates_lookup ("one-hour")->source);
}

/* A template's start is used only when the meeting has none */
static void
test_template_start (void)
{
  g_autoptr(NvMeeting) with_start = meeting_from_template ("social-capital-1", 9 * 60);
  g_autoptr(NvMeeting) without = meeting_from_template ("social-capital-1", -1);
  g_autoptr(NvMeeting) unknown = meeting_from_template ("first-meeting", -1);
  g_autoptr(NvAgendaTimes) times = nv_agenda_times_new (unknown);

  g_assert_cmpint (nv_meeting_get_start (with_start), ==, 9 * 60);
  g_assert_cmpint (nv_meeting_get_start (without), ==, 11 * 60);

  /* Without a start there are no clock times, but there is a total */
  g_assert_cmpint (times->slots[0].start, ==, -1);
  g_assert_null (nv_agenda_format_range (times->slots[0].start, times->slots[0].end));
  g_assert_cmpint (times->total, ==, 160);
}

typedef struct
{
  const char *name;
  int         start;
  int         planned;         /* the meeting's fixed length, or -1 */
  const char *durations;       /* the items, "p" marks a pause, "u" an untimed item */
  int         latest_end;      /* the network's, or -1 */
  int         minimum;         /* the network's minimum length, or -1 */
  guint       participants;
  guint       group_size;
  const char *expected;        /* warning kinds, in order: L E S P G */
  const char *messages;        /* their English messages, "|" between */
  int         usual;           /* the network's usual length, or 0 for none */
} WarningCase;

static const WarningCase warning_cases[] = {
  { "fine", 18 * 60, -1, "15 45 p20 40 20 20", -1, -1, 8, 10, "", "" },
  { "longer than planned", 18 * 60, 150, "15 45 p20 40 20 20", -1, -1, 0, 10, "L",
    "The agenda takes 2 hours 40 minutes, 10 minutes more than the meeting’s planned length" },
  { "ends after 21.00", 19 * 60, -1, "15 45 p20 40 20 20", -1, -1, 0, 10, "E",
    "The meeting ends at 21:40, after the latest end of 21:00" },
  { "ends after the network's 20.00", 18 * 60, -1, "15 45 p20 40 20 20", 20 * 60, -1, 0, 10, "E",
    "The meeting ends at 20:40, after the latest end of 20:00" },
  { "shorter than 2½ hours", 10 * 60, -1, "30 p15 60", -1, 150, 0, 10, "S",
    "The meeting lasts 1 hour 45 minutes, less than the network’s minimum of 2 hours 30 minutes" },
  { "no pause in 100 minutes", 10 * 60, -1, "40 60", -1, -1, 0, 10, "P",
    "There is no pause in a meeting longer than 1 hour 30 minutes" },
  { "90 minutes need no pause", 10 * 60, -1, "30 60", -1, -1, 0, 10, "", "" },
  { "too many participants", 10 * 60, -1, "30", -1, -1, 11, 10, "G",
    "11 participants, more than the recommended group size of 10 people" },
  { "group size of the network", 10 * 60, -1, "30", -1, -1, 6, 5, "G",
    "6 participants, more than the recommended group size of 5 people" },
  /* Not "ends at 14:00, after the latest end of 21:00": a clock wraps */
  { "a 30-hour agenda", 8 * 60, -1, "600 600 p600", -1, -1, 0, 10, "E",
    "The meeting takes 30 hours, longer than a day" },
  { "past midnight", 20 * 60, -1, "180 p30 150", -1, -1, 0, 10, "E",
    "The meeting runs past midnight, to 02:00 the next day" },
  { "no start: no end warning", -1, -1, "600 p30", -1, -1, 0, 10, "", "" },
  { "everything", 20 * 60, 60, "40 60", 21 * 60, 150, 12, 10, "LESPG",
    "The agenda takes 1 hour 40 minutes, 40 minutes more than the meeting’s planned length|"
    "The meeting ends at 21:40, after the latest end of 21:00|"
    "The meeting lasts 1 hour 40 minutes, less than the network’s minimum of 2 hours 30 minutes|"
    "There is no pause in a meeting longer than 1 hour 30 minutes|"
    "12 participants, more than the recommended group size of 10 people" },
  /* Without a fixed length the agenda decides when the meeting ends, as
   * the editor and the calendar show: the network's usual 3 hours are
   * what the agenda should fit in, not the meeting's length */
  { "the usual length is not the end", 18 * 60 + 10, -1, "15 45 p20 40 20 20", -1, -1, 0, 10, "", "", 180 },
  { "longer than the usual length", 18 * 60, -1, "15 45 p20 40 20 20", -1, -1, 0, 10, "L",
    "The agenda takes 2 hours 40 minutes, 10 minutes more than the meeting’s planned length", 150 },
  { "a short agenda is short, whatever the usual length", 10 * 60, -1, "30 30", -1, 150, 0, 10, "S",
    "The meeting lasts 1 hour, less than the network’s minimum of 2 hours 30 minutes", 180 },
  { "an hour's agenda needs no pause, whatever the usual length", 10 * 60, -1, "30 30", -1, -1, 0, 10, "", "", 180 },
  { "untimed items: not known to be short", 10 * 60, -1, "30 u 30", -1, 150, 0, 10, "", "", 180 },
  { "no lengths at all: the usual length", 18 * 60 + 30, -1, "u u u", -1, -1, 0, 10, "EP",
    "The meeting ends at 21:30, after the latest end of 21:00|"
    "There is no pause in a meeting longer than 1 hour 30 minutes", 180 },
};

static void
test_warnings (void)
{
  g_assert_true (use_language ("en"));
  for (guint i = 0; i < G_N_ELEMENTS (warning_cases); i++)
    {
      const WarningCase *c = &warning_cases[i];
      g_autoptr(NvNetwork) network = nv_network_new ();
      g_autoptr(NvMeeting) meeting = nv_meeting_new ();
      g_auto(GStrv) durations = g_strsplit (c->durations, " ", -1);
      g_autoptr(GPtrArray) warnings = NULL;
      g_autoptr(GString) kinds = g_string_new (NULL);
      g_autoptr(GString) messages = g_string_new (NULL);

      nv_network_set_latest_end (network, c->latest_end);
      nv_network_set_minimum_length (network, c->minimum);
      nv_network_set_group_size (network, c->group_size);
      if (c->usual > 0)
        nv_network_set_default_length (network, c->usual);
      nv_meeting_set_start (meeting, c->start);
      nv_meeting_set_duration (meeting, c->planned);
      nv_record_list_append (NV_RECORD_LIST (nv_network_get_meetings (network)), NV_RECORD (meeting));

      for (guint j = 0; durations[j] != NULL; j++)
        {
          g_autoptr(NvAgendaItem) item = nv_agenda_item_new ();
          gboolean pause = durations[j][0] == 'p';

          nv_agenda_item_set_duration (item, durations[j][0] == 'u' ? -1 : atoi (durations[j] + (pause ? 1 : 0)));
          nv_agenda_item_set_kind (item, pause ? NV_ITEM_KIND_PAUSE : NV_ITEM_KIND_ITEM);
          nv_record_list_append (NV_RECORD_LIST (nv_meeting_get_agenda (meeting)), NV_RECORD (item));
        }
      for (guint j = 0; j < c->participants; j++)
        {
          g_autoptr(NvParticipant) participant = nv_participant_new ();
          nv_record_list_append (NV_RECORD_LIST (nv_meeting_get_participants (meeting)), NV_RECORD (participant));
        }

      warnings = nv_agenda_check (meeting);
      for (guint j = 0; j < warnings->len; j++)
        {
          NvAgendaWarning *warning = g_ptr_array_index (warnings, j);

          g_string_append_c (kinds, "LESPG"[warning->kind]);
          g_string_append_printf (messages, "%s%s", j > 0 ? "|" : "", warning->message);
        }

      if (!g_str_equal (kinds->str, c->expected))
        g_error ("%s: warnings %s, expected %s", c->name, kinds->str, c->expected);
      if (!g_str_equal (messages->str, c->messages))
        g_error ("%s: the warnings say “%s”, expected “%s”", c->name, messages->str, c->messages);
    }
}

static void
test_warning_messages (void)
{
  g_autoptr(NvMeeting) meeting = meeting_from_template ("future-meetings", 19 * 60);
  g_autoptr(GPtrArray) warnings = NULL;

  g_assert_true (use_language ("en"));
  nv_meeting_set_duration (meeting, 150);
  warnings = nv_agenda_check (meeting);

  /* The seed's 2 h 30 min meeting with its 2 h 50 min agenda */
  g_assert_cmpuint (warnings->len, ==, 2);
  g_assert_cmpstr (((NvAgendaWarning *) g_ptr_array_index (warnings, 0))->message, ==,
                   "The agenda takes 2 hours 50 minutes, 20 minutes more than the meeting’s planned length");
  g_assert_cmpstr (((NvAgendaWarning *) g_ptr_array_index (warnings, 1))->message, ==,
                   "The meeting ends at 21:50, after the latest end of 21:00");
}

static void
test_text (void)
{
  g_autoptr(NvPlan) plan = nv_plan_new ();
  g_autoptr(NvNetwork) network = nv_network_new ();
  g_autoptr(NvMeeting) meeting = meeting_from_template ("first-meeting", 18 * 60);
  g_autofree char *text = NULL;

  g_assert_true (use_language ("en"));
  nv_network_set_name (network, "Netværksgruppe for familieplejere");
  nv_meeting_set_title (meeting, "Første møde");
  nv_meeting_set_date (meeting, nv_date_from_ymd (2027, 1, 26));
  nv_meeting_set_location (meeting, "Biblioteket");
  nv_record_list_append (NV_RECORD_LIST (nv_network_get_meetings (network)), NV_RECORD (meeting));
  nv_record_list_append (NV_RECORD_LIST (nv_plan_get_networks (plan)), NV_RECORD (network));

  text = nv_agenda_to_text (plan, meeting);
  g_assert_cmpstr (text, ==,
                   "Netværksgruppe for familieplejere\n"
                   "Første møde\n"
                   "Tuesday 26 January 2027 at 18:00\n"
                   "Place: Biblioteket\n"
                   "\n"
                   "18:00–18:15  Velkommen (led by the chair)\n"
                   "18:15–19:00  Præsentationsrunde (everyone)\n"
                   "19:00–19:20  Pause\n"
                   "19:20–20:00  Netværksønsker (everyone)\n"
                   "20:00–20:20  Beslutning om netværk (everyone)\n"
                   "20:20–20:40  Fremtidige møder (everyone)\n"
                   "\n"
                   "Total 2 hours 40 minutes\n");

  /* A title that names who leads the item is not followed by the name again */
  {
    g_autoptr(NvMeeting) programme = meeting_from_template ("social-capital-1", 11 * 60);
    g_autofree char *programme_text = NULL;

    nv_record_list_append (NV_RECORD_LIST (nv_network_get_meetings (network)), NV_RECORD (programme));
    programme_text = nv_agenda_to_text (plan, programme);
    g_assert_nonnull (strstr (programme_text, "Præsentation ved Lokal TRIO + summen i grupper\n"));
    g_assert_nonnull (strstr (programme_text, "Refleksion over dagen (led by Reflekterende team)\n"));
  }

  if (!use_language ("da"))
    return;

  g_clear_pointer (&text, g_free);
  text = nv_agenda_to_text (plan, meeting);
  g_assert_nonnull (strstr (text, "tirsdag d. 26. januar 2027 kl. 18.00\n"));
  g_assert_nonnull (strstr (text, "18.00 – 18.15  Velkommen (v. ordstyrer)\n"));
  g_assert_nonnull (strstr (text, "18.15 – 19.00  Præsentationsrunde (v. alle)\n"));
  g_assert_nonnull (strstr (text, "\nI alt 2 timer og 40 minutter\n"));
  use_language ("en");
}

/* Clock times past midnight say which day they are on */
static void
test_past_midnight (void)
{
  g_autoptr(NvMeeting) meeting = nv_meeting_new ();
  g_autoptr(NvAgendaTimes) times = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  const int durations[] = { 90, 90, 1440 };

  g_assert_true (use_language ("en"));
  nv_meeting_set_start (meeting, 22 * 60);
  for (guint i = 0; i < G_N_ELEMENTS (durations); i++)
    {
      g_autoptr(NvAgendaItem) item = nv_agenda_item_new ();

      nv_agenda_item_set_duration (item, durations[i]);
      nv_record_list_append (NV_RECORD_LIST (nv_meeting_get_agenda (meeting)), NV_RECORD (item));
    }

  times = nv_agenda_times_new (meeting);
  first = nv_agenda_format_range (times->slots[0].start, times->slots[0].end);
  second = nv_agenda_format_range (times->slots[1].start, times->slots[1].end);
  third = nv_agenda_format_range (times->slots[2].start, times->slots[2].end);
  g_assert_cmpstr (first, ==, "22:00–23:30");
  g_assert_cmpstr (second, ==, "23:30–01:00 (+1)");
  g_assert_cmpstr (third, ==, "01:00 (+1)–01:00 (+2)");
}

/* Seed 000's agenda gives no lengths: the text agenda numbers its items,
 * shows no clock times and no "at least 0 minutes" total */
static void
test_text_untimed (void)
{
  g_autoptr(NvPlan) plan = nv_plan_new ();
  g_autoptr(NvMeeting) meeting = meeting_from_template ("regional", 10 * 60);
  g_autofree char *text = NULL;

  g_assert_true (use_language ("en"));
  text = nv_agenda_to_text (plan, meeting);
  g_assert_cmpstr (text, ==,
                   "\n"
                   "1. Inspiration: Hvad har været en succes/har fungeret godt i Bydelsmødregruppen siden sidst (1. succes pr. gruppe)\n"
                   "2. Fagligviden: Fagligt oplæg fra Landsorganisationen\n"
                   "3. Sparring: Hver gruppe får sparring på den vigtigste udfordring\n"
                   "4. Fx Punkt fra en lokal gruppe\n"
                   "5. Fx Kort info fra Landsorganisationen\n"
                   "6. Næste møde: Hvor og input til punkter op fagligt oplæg\n");
  g_assert_null (nv_agenda_format_total (0, TRUE));
}

/* The text agenda has the lines a printed agenda has: seed 004's case
 * number and attachment under the item, and an item's notes */
static void
test_text_details (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("chefforum.netvaerk");
  NvMeeting *meeting = NV_MEETING (nv_plan_lookup (plan, "m-cf-2015-04-21"));
  NvAgendaItem *item = NV_AGENDA_ITEM (nv_record_list_peek (NV_RECORD_LIST (nv_meeting_get_agenda (meeting)), 0));
  g_autofree char *text = NULL;

  g_assert_true (use_language ("en"));
  nv_agenda_item_set_notes (item, "Netværkslederne deltager\nListen er vedlagt");
  text = nv_agenda_to_text (plan, meeting);
  g_assert_nonnull (strstr (text,
                            "15:00–15:30  CF - Netværkstemaer for Hold 2 på netværkslederuddannelsen (led by Eva N.)\n"
                            "             Netværkslederne deltager\n"
                            "             Listen er vedlagt\n"
                            "             Case no. 14/12993\n"
                            "             Attachments: Valgte temaer, Hold 2\n"
                            "\n"
                            "Total 30 minutes\n"));

  if (!use_language ("da"))
    return;
  g_clear_pointer (&text, g_free);
  text = nv_agenda_to_text (plan, meeting);
  g_assert_nonnull (strstr (text, "\n               Sagsnr. 14/12993\n               Bilag: Valgte temaer, Hold 2\n"));
  use_language ("en");
}

/* A fixed end is the meeting's length from its start; an end before the
 * start is refused with a clear message and changes nothing */
static void
test_fixed_end (void)
{
  g_autoptr(NvPlan) plan = nv_plan_new ();
  g_autoptr(NvNetwork) network = nv_network_new ();
  g_autoptr(NvMeeting) meeting = meeting_from_template ("first-meeting", 18 * 60);
  g_autoptr(GError) error = NULL;

  g_assert_true (use_language ("en"));
  nv_record_list_append (NV_RECORD_LIST (nv_network_get_meetings (network)), NV_RECORD (meeting));
  nv_record_list_append (NV_RECORD_LIST (nv_plan_get_networks (plan)), NV_RECORD (network));
  g_assert_cmpint (nv_meeting_get_fixed_end (meeting), ==, -1);

  g_assert_true (nv_meeting_set_end (meeting, 21 * 60, &error));
  g_assert_no_error (error);
  g_assert_cmpint (nv_meeting_get_duration (meeting), ==, 180);
  g_assert_cmpint (nv_meeting_get_fixed_end (meeting), ==, 21 * 60);
  {
    g_autoptr(NvAgendaTimes) times = nv_agenda_times_new (meeting);
    g_assert_cmpint (times->end, ==, 21 * 60);
  }

  g_assert_false (nv_meeting_set_end (meeting, 17 * 60, &error));
  g_assert_error (error, NV_INPUT_ERROR, NV_INPUT_ERROR_OUT_OF_RANGE);
  g_assert_cmpstr (error->message, ==, "The end, 17:00, is not after the start, 18:00");
  g_assert_cmpint (nv_meeting_get_duration (meeting), ==, 180);
  g_clear_error (&error);
  g_assert_false (nv_meeting_set_end (meeting, 18 * 60, &error));
  g_clear_error (&error);

  /* Undo returns to the end before; clearing it follows the agenda */
  g_assert_true (nv_history_undo (nv_plan_get_history (plan)));
  g_assert_cmpint (nv_meeting_get_duration (meeting), ==, -1);
  g_assert_true (nv_meeting_set_end (meeting, 20 * 60, NULL));
  g_assert_true (nv_meeting_set_end (meeting, -1, NULL));
  g_assert_cmpint (nv_meeting_get_fixed_end (meeting), ==, -1);

  nv_meeting_set_start (meeting, -1);
  g_assert_false (nv_meeting_set_end (meeting, 20 * 60, &error));
  g_assert_error (error, NV_INPUT_ERROR, NV_INPUT_ERROR_INVALID);
}

/* Changing one duration moves everything after it */
static void
test_durations_move_later_items (void)
{
  g_autoptr(NvMeeting) meeting = meeting_from_template ("first-meeting", 18 * 60);
  g_autoptr(NvAgendaTimes) before = nv_agenda_times_new (meeting);
  g_autoptr(NvAgendaTimes) after = NULL;
  NvAgendaItem *second = NV_AGENDA_ITEM (nv_record_list_peek (NV_RECORD_LIST (nv_meeting_get_agenda (meeting)), 1));

  nv_agenda_item_set_duration (second, 60);
  after = nv_agenda_times_new (meeting);
  g_assert_cmpint (after->slots[0].start, ==, before->slots[0].start);
  g_assert_cmpint (after->slots[1].end, ==, before->slots[1].end + 15);
  for (guint i = 2; i < after->n_slots; i++)
    g_assert_cmpint (after->slots[i].start, ==, before->slots[i].start + 15);
  g_assert_cmpint (after->total, ==, 175);
  g_assert_cmpint (after->end, ==, 18 * 60 + 175);
}

static NvPlan *
plan_with_series (void)
{
  NvPlan *plan = nv_plan_new ();
  g_autoptr(NvNetwork) network = nv_network_new ();
  static const struct { const char *title; int month, day; } meetings[] = {
    { "Tredje", 5, 4 }, { "Første", 3, 2 }, { "Uden dato", 0, 0 }, { "Andet", 4, 6 },
  };

  g_free (nv_record_make_id (NV_RECORD (network)));
  nv_record_list_append (NV_RECORD_LIST (nv_plan_get_networks (plan)), NV_RECORD (network));
  for (guint i = 0; i < G_N_ELEMENTS (meetings); i++)
    {
      g_autoptr(NvMeeting) meeting = nv_meeting_new ();

      g_free (nv_record_make_id (NV_RECORD (meeting)));
      nv_meeting_set_title (meeting, meetings[i].title);
      if (meetings[i].month > 0)
        nv_meeting_set_date (meeting, nv_date_from_ymd (2027, meetings[i].month, meetings[i].day));
      nv_meeting_set_start (meeting, 18 * 60);
      nv_record_list_append (NV_RECORD_LIST (nv_network_get_meetings (network)), NV_RECORD (meeting));
    }
  return plan;
}

static NvMeeting *
meeting_titled (NvPlan     *plan,
                const char *title)
{
  NvNetwork *network = NV_NETWORK (nv_record_list_peek (NV_RECORD_LIST (nv_plan_get_networks (plan)), 0));
  GListModel *meetings = nv_network_get_meetings (network);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      NvMeeting *meeting = NV_MEETING (nv_record_list_peek (NV_RECORD_LIST (meetings), i));

      if (g_strcmp0 (nv_meeting_get_title (meeting), title) == 0)
        return meeting;
    }
  g_assert_not_reached ();
}

/* "Next" is by date, whatever the order of the list; undated meetings
 * come last, as in the sidebar */
static void
test_next_meeting (void)
{
  g_autoptr(NvPlan) plan = plan_with_series ();

  g_assert_true (nv_meeting_find_next (meeting_titled (plan, "Første")) == meeting_titled (plan, "Andet"));
  g_assert_true (nv_meeting_find_next (meeting_titled (plan, "Andet")) == meeting_titled (plan, "Tredje"));
  g_assert_true (nv_meeting_find_next (meeting_titled (plan, "Tredje")) == meeting_titled (plan, "Uden dato"));
  g_assert_null (nv_meeting_find_next (meeting_titled (plan, "Uden dato")));
}

static void
test_copy_and_move_forward (void)
{
  g_autoptr(NvPlan) plan = plan_with_series ();
  NvHistory *history = nv_plan_get_history (plan);
  NvMeeting *first = meeting_titled (plan, "Første");
  NvMeeting *second = meeting_titled (plan, "Andet");
  NvAgendaItem *item;

  nv_agenda_template_apply (nv_agenda_templates_lookup ("first-meeting"), first);
  item = NV_AGENDA_ITEM (nv_record_list_peek (NV_RECORD_LIST (nv_meeting_get_agenda (first)), 0));
  nv_agenda_item_set_decision (item, "Vi mødes hver 6. uge");

  /* Copies get new ids, and leave the minutes behind */
  nv_agenda_copy_to (first, second);
  g_assert_cmpuint (g_list_model_get_n_items (nv_meeting_get_agenda (second)), ==, 6);
  {
    NvAgendaItem *copy = NV_AGENDA_ITEM (nv_record_list_peek (NV_RECORD_LIST (nv_meeting_get_agenda (second)), 0));

    g_assert_cmpstr (nv_agenda_item_get_title (copy), ==, "Velkommen");
    g_assert_cmpstr (nv_record_get_id (NV_RECORD (copy)), !=, nv_record_get_id (NV_RECORD (item)));
    g_assert_null (nv_agenda_item_get_decision (copy));
  }
  g_assert_true (nv_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (nv_meeting_get_agenda (second)), ==, 0);

  nv_agenda_item_move_to (item, second);
  g_assert_cmpuint (g_list_model_get_n_items (nv_meeting_get_agenda (first)), ==, 5);
  g_assert_true (nv_record_list_peek (NV_RECORD_LIST (nv_meeting_get_agenda (second)), 0) == NV_RECORD (item));
  g_assert_true (nv_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (nv_meeting_get_agenda (first)), ==, 6);
  g_assert_true (nv_record_list_peek (NV_RECORD_LIST (nv_meeting_get_agenda (first)), 0) == NV_RECORD (item));
}

/* A saved template is kept in the plan file, and starts a meeting */
static void
test_saved_template (void)
{
  g_autoptr(NvPlan) plan = plan_with_series ();
  g_autoptr(NvTemplate) template = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(NvPlan) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  NvMeeting *first = meeting_titled (plan, "Første");
  NvMeeting *third;

  nv_agenda_template_apply (nv_agenda_templates_lookup ("future-meetings"), first);
  template = nv_template_new_from_meeting (first, "Vores møder");
  nv_record_list_append (NV_RECORD_LIST (nv_plan_get_templates (plan)), NV_RECORD (template));

  bytes = nv_plan_to_bytes (plan);
  reloaded = nv_plan_load_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (nv_plan_get_templates (reloaded)), ==, 1);

  third = meeting_titled (reloaded, "Tredje");
  nv_template_apply (NV_TEMPLATE (nv_record_list_peek (NV_RECORD_LIST (nv_plan_get_templates (reloaded)), 0)), third);
  g_assert_cmpuint (g_list_model_get_n_items (nv_meeting_get_agenda (third)), ==, 6);
  {
    g_autoptr(NvAgendaTimes) times = nv_agenda_times_new (third);
    g_assert_cmpint (times->total, ==, 170);
  }
  g_assert_true (nv_history_undo (nv_plan_get_history (reloaded)));
  g_assert_cmpuint (g_list_model_get_n_items (nv_meeting_get_agenda (third)), ==, 0);
}

/* A user's own templates survive in the user data folder */
static void
test_user_templates (void)
{
  g_autoptr(NvPlan) store = NULL;
  g_autoptr(NvPlan) again = NULL;
  g_autoptr(NvTemplate) template = nv_agenda_template_to_record (nv_agenda_templates_lookup ("one-hour"));
  g_autoptr(GError) error = NULL;

  store = nv_user_templates_load (&error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (nv_plan_get_templates (store)), ==, 0);

  g_free (nv_record_make_id (NV_RECORD (template)));
  nv_record_list_append (NV_RECORD_LIST (nv_plan_get_templates (store)), NV_RECORD (template));
  g_assert_true (nv_user_templates_save (store, &error));
  g_assert_no_error (error);

  again = nv_user_templates_load (&error);
  g_assert_no_error (error);
  g_assert_true (nv_record_equal (NV_RECORD (store), NV_RECORD (again)));
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("NETVAERK_LOCALEDIR");
  g_autofree char *data_home = g_dir_make_tmp ("netvaerk-agenda-XXXXXX", NULL);

  /* The user's templates go to a folder of this run's own */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_add_func ("/agenda/seed-agendas", test_seed_agendas);
  g_test_add_func ("/agenda/templates-complete", test_templates_complete);
  g_test_add_func ("/agenda/templates-match-seed-text", test_templates_match_seed_text);
  g_test_add_func ("/agenda/template-start", test_template_start);
  g_test_add_func ("/agenda/durations-move-later-items", test_durations_move_later_items);
  g_test_add_func ("/agenda/warnings", test_warnings);
  g_test_add_func ("/agenda/warning-messages", test_warning_messages);
  g_test_add_func ("/agenda/text", test_text);
  g_test_add_func ("/agenda/fixed-end", test_fixed_end);
  g_test_add_func ("/agenda/text-untimed", test_text_untimed);
  g_test_add_func ("/agenda/text-details", test_text_details);
  g_test_add_func ("/agenda/past-midnight", test_past_midnight);
  g_test_add_func ("/agenda/next-meeting", test_next_meeting);
  g_test_add_func ("/agenda/copy-and-move-forward", test_copy_and_move_forward);
  g_test_add_func ("/agenda/saved-template", test_saved_template);
  g_test_add_func ("/agenda/user-templates", test_user_templates);

  return g_test_run ();
}
