/* nv-agenda.c
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "nv-agenda.h"
#include "nv-format.h"
#include "nv-history.h"
#include "nv-input.h"
#include "nv-util.h"

/**
 * nv_agenda_times_new:
 *
 * Works out when each item of @meeting's agenda starts and ends, from
 * the meeting's start: each timed item starts when the one before it
 * ends; an untimed item ("Eventuelt") takes no time, adds nothing to the
 * total, and makes the total a lower bound.
 */
/* How long the meeting lasts: a fixed length decides; otherwise the
 * agenda does; an agenda without lengths leaves it to the network's
 * usual length. The editor's end, the calendar's DTEND and the warnings
 * all go by this. */
static int
meeting_length (NvMeeting *meeting,
                int        agenda_total)
{
  NvNetwork *network = NV_NETWORK (nv_record_find_ancestor (NV_RECORD (meeting), NV_TYPE_NETWORK));

  if (nv_meeting_get_duration (meeting) >= 0)
    return nv_meeting_get_duration (meeting);
  if (agenda_total > 0)
    return agenda_total;
  if (network != NULL && nv_network_get_default_length (network) > 0)
    return nv_network_get_default_length (network);
  return NV_DEFAULT_MEETING_LENGTH;
}

NvAgendaTimes *
nv_agenda_times_new (NvMeeting *meeting)
{
  NvRecordList *agenda = NV_RECORD_LIST (nv_meeting_get_agenda (meeting));
  NvAgendaTimes *times = g_new0 (NvAgendaTimes, 1);
  int start = nv_meeting_get_start (meeting);
  int clock = start;

  times->n_slots = g_list_model_get_n_items (G_LIST_MODEL (agenda));
  times->slots = g_new0 (NvAgendaSlot, times->n_slots);
  times->start = start;

  for (guint i = 0; i < times->n_slots; i++)
    {
      int duration = nv_agenda_item_get_duration (NV_AGENDA_ITEM (nv_record_list_peek (agenda, i)));

      times->slots[i].start = clock;
      times->slots[i].end = -1;

      /* An untimed item shows no clock time: it takes an unknown time,
       * so "10.00" on it would claim a moment nobody planned, and a row of
       * them (seed 000's agenda has no lengths at all) would all show the
       * same start as if they happened at once */
      if (duration < 0)
        {
          times->slots[i].start = -1;
          times->lower_bound = TRUE;
          continue;
        }

      times->total += duration;
      if (clock >= 0)
        {
          clock += duration;
          times->slots[i].end = clock;
        }
    }

  times->length = meeting_length (meeting, times->total);
  times->end = start >= 0 ? start + times->length : -1;
  return times;
}

void
nv_agenda_times_free (NvAgendaTimes *times)
{
  g_free (times->slots);
  g_free (times);
}

/**
 * nv_agenda_format_clock:
 *
 * Returns: a clock time of an agenda, which may run past midnight: then
 * with the days after the meeting's own, "04:00 (+1)"
 */
char *
nv_agenda_format_clock (int minutes)
{
  g_autofree char *clock = nv_format_clock_time (minutes % NV_MINUTES_PER_DAY);

  if (minutes < NV_MINUTES_PER_DAY)
    return g_steal_pointer (&clock);

  /* Translators: a clock time on a day after the meeting's, "04:00 (+1)" */
  return g_strdup_printf (C_("clock time", "%s (+%d)"), clock, minutes / NV_MINUTES_PER_DAY);
}

#define clock_text nv_agenda_format_clock

/**
 * nv_agenda_format_range:
 *
 * Returns: "11.00 – 11.10" in Danish, "11:00–11:10" in English; just the
 * start when @end is unset; %NULL when @start is
 */
char *
nv_agenda_format_range (int start,
                        int end)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (start < 0)
    return NULL;

  from = clock_text (start);
  if (end < 0)
    return g_steal_pointer (&from);

  to = clock_text (end);
  /* Translators: a span of clock times; Danish writes "%s – %s" */
  return g_strdup_printf (C_("time range", "%s–%s"), from, to);
}

/**
 * nv_agenda_format_total:
 *
 * Returns: (nullable): "I alt 2 timer og 40 minutter" in Danish, "Total
 * 2 hours 40 minutes" in English; "at least" when an item is untimed;
 * %NULL when no item has a length (seed 000's agenda), as "at least 0
 * minutes" says nothing: a text or printed agenda then has no total, and
 * the editor says that no lengths are given yet
 */
char *
nv_agenda_format_total (int      total,
                        gboolean lower_bound)
{
  g_autofree char *duration = NULL;

  if (total == 0 && lower_bound)
    return NULL;

  duration = nv_format_duration (total);

  if (lower_bound)
    /* Translators: the total of an agenda with untimed items */
    return g_strdup_printf (_("Total at least %s"), duration);

  /* Translators: the total of an agenda; Danish "I alt %s" */
  return g_strdup_printf (_("Total %s"), duration);
}

/* The person or group that leads @item, if one is named */
static const char *
lead_name (NvPlan       *plan,
           NvAgendaItem *item)
{
  switch (nv_agenda_item_get_lead (item))
    {
    case NV_LEAD_PERSON:
      return nv_plan_person_name (plan, nv_agenda_item_get_lead_person (item));
    case NV_LEAD_OTHER:
      return nv_agenda_item_get_lead_text (item);
    default:
      return NULL;
    }
}

/**
 * nv_agenda_format_lead:
 *
 * Returns: (nullable): who leads @item, as an agenda says it: "v.
 * ordstyrer", "v. alle", "v. Lokal TRIO" in Danish
 */
char *
nv_agenda_format_lead (NvPlan       *plan,
                       NvAgendaItem *item)
{
  const char *name;

  switch (nv_agenda_item_get_lead (item))
    {
    case NV_LEAD_CHAIR:
      /* Translators: who leads an agenda item; Danish "v. ordstyrer" */
      return g_strdup (_("led by the chair"));
    case NV_LEAD_EVERYONE:
      /* Translators: who leads an agenda item; Danish "v. alle" */
      return g_strdup (_("everyone"));
    default:
      break;
    }

  name = lead_name (plan, item);
  if (name == NULL)
    return NULL;

  /* Translators: who leads an agenda item, a person or a group; Danish "v. %s" */
  return g_strdup_printf (_("led by %s"), name);
}

/* Seed 002 writes "Præsentation ved Lokal TRIO": a title that already
 * names who leads the item needs no "(v. Lokal TRIO)" after it */
static gboolean
title_names_lead (NvPlan       *plan,
                  NvAgendaItem *item)
{
  const char *title = nv_agenda_item_get_title (item);
  const char *name = lead_name (plan, item);

  return title != NULL && name != NULL && strstr (title, name) != NULL;
}

static void
add_warning (GPtrArray           *warnings,
             NvAgendaWarningKind  kind,
             char                *message)
{
  NvAgendaWarning *warning = g_new0 (NvAgendaWarning, 1);

  warning->kind = kind;
  warning->message = message;
  g_ptr_array_add (warnings, warning);
}

static void
warning_free (gpointer data)
{
  NvAgendaWarning *warning = data;

  g_free (warning->message);
  g_free (warning);
}

static gboolean
has_pause (NvMeeting *meeting)
{
  GListModel *agenda = nv_meeting_get_agenda (meeting);
  guint n = g_list_model_get_n_items (agenda);

  for (guint i = 0; i < n; i++)
    if (nv_agenda_item_get_kind (NV_AGENDA_ITEM (nv_record_list_peek (NV_RECORD_LIST (agenda), i))) == NV_ITEM_KIND_PAUSE)
      return TRUE;

  return FALSE;
}

/**
 * nv_agenda_check:
 *
 * The seeds' rules for a meeting, checked against its agenda and its
 * network's settings. None of them blocks anything: they are advice.
 *
 * Returns: (transfer full) (element-type NvAgendaWarning): the warnings
 */
GPtrArray *
nv_agenda_check (NvMeeting *meeting)
{
  GPtrArray *warnings = g_ptr_array_new_with_free_func (warning_free);
  g_autoptr(NvAgendaTimes) times = nv_agenda_times_new (meeting);
  NvNetwork *network = NV_NETWORK (nv_record_find_ancestor (NV_RECORD (meeting), NV_TYPE_NETWORK));
  /* What the agenda should fit in: the meeting's own length, or the
   * network's usual one */
  int planned = nv_meeting_get_duration (meeting) >= 0 ? nv_meeting_get_duration (meeting)
              : network != NULL ? nv_network_get_default_length (network) : -1;
  /* How long it lasts, as the editor and the calendar show it; an agenda
   * longer than a fixed length runs on past it */
  int length = MAX (times->length, times->total);
  /* With untimed items and no fixed length, nobody knows how short it is */
  gboolean length_known = nv_meeting_get_duration (meeting) >= 0 || !times->lower_bound;
  int latest_end = network && nv_network_get_latest_end (network) >= 0 ? nv_network_get_latest_end (network)
                                                                         : NV_DEFAULT_LATEST_END;
  int minimum = network ? nv_network_get_minimum_length (network) : -1;
  guint group_size = network ? (guint) nv_network_get_group_size (network) : NV_DEFAULT_GROUP_SIZE;
  guint participants = g_list_model_get_n_items (nv_meeting_get_participants (meeting));

  if (planned >= 0 && times->total > planned)
    {
      g_autofree char *total = nv_format_duration (times->total);
      g_autofree char *over = nv_format_duration (times->total - planned);

      add_warning (warnings, NV_AGENDA_WARNING_LONGER_THAN_PLANNED,
                   /* Translators: "The agenda takes 2 hours 50 minutes, 20 minutes more than the meeting's planned length" */
                   g_strdup_printf (_("The agenda takes %s, %s more than the meeting’s planned length"), total, over));
    }

  if (length >= NV_MINUTES_PER_DAY)
    {
      g_autofree char *duration = nv_format_duration (length);

      /* Translators: a warning; "The meeting takes 30 hours, longer than a day" */
      add_warning (warnings, NV_AGENDA_WARNING_ENDS_TOO_LATE,
                   g_strdup_printf (_("The meeting takes %s, longer than a day"), duration));
    }
  else if (times->start >= 0 && times->start + length >= NV_MINUTES_PER_DAY)
    {
      g_autofree char *ends = nv_format_clock_time ((times->start + length) % NV_MINUTES_PER_DAY);

      /* Translators: a warning; "The meeting runs past midnight, to 02:00 the next day" */
      add_warning (warnings, NV_AGENDA_WARNING_ENDS_TOO_LATE,
                   g_strdup_printf (_("The meeting runs past midnight, to %s the next day"), ends));
    }
  else if (times->start >= 0 && times->start + length > latest_end)
    {
      g_autofree char *ends = clock_text (times->start + length);
      g_autofree char *latest = clock_text (latest_end);

      add_warning (warnings, NV_AGENDA_WARNING_ENDS_TOO_LATE,
                   g_strdup_printf (_("The meeting ends at %s, after the latest end of %s"), ends, latest));
    }

  if (minimum > 0 && length_known && length < minimum)
    {
      g_autofree char *length_text = nv_format_duration (length);
      g_autofree char *minimum_text = nv_format_duration (minimum);

      add_warning (warnings, NV_AGENDA_WARNING_TOO_SHORT,
                   g_strdup_printf (_("The meeting lasts %s, less than the network’s minimum of %s"),
                                    length_text, minimum_text));
    }

  if (times->n_slots > 0 && length > NV_PAUSE_NEEDED_AFTER && !has_pause (meeting))
    {
      g_autofree char *limit = nv_format_duration (NV_PAUSE_NEEDED_AFTER);

      add_warning (warnings, NV_AGENDA_WARNING_NO_PAUSE,
                   g_strdup_printf (_("There is no pause in a meeting longer than %s"), limit));
    }

  if (participants > group_size)
    add_warning (warnings, NV_AGENDA_WARNING_TOO_MANY_PARTICIPANTS,
                 g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%u participants, more than the recommended group size of %u person",
                                               "%u participants, more than the recommended group size of %u people",
                                               group_size),
                                  participants, group_size));

  return warnings;
}

/* Each line of @lines under the item's title, indented as far as it */
static void
append_indented (GString    *text,
                 const char *lines,
                 glong       indent)
{
  g_auto(GStrv) split = g_strsplit (lines, "\n", -1);

  for (guint i = 0; split[i] != NULL; i++)
    {
      if (split[i][0] == '\0')
        continue;
      for (glong j = 0; j < indent; j++)
        g_string_append_c (text, ' ');
      g_string_append_printf (text, "%s\n", split[i]);
    }
}

/* What a printed agenda shows under an item's title: its notes, case
 * number and attachments (the same words as nv-documents.c) */
static void
append_item_details (GString      *text,
                     NvAgendaItem *item,
                     glong         indent)
{
  const char * const *attachments = nv_agenda_item_get_attachments (item);

  if (nv_agenda_item_get_notes (item) != NULL)
    append_indented (text, nv_agenda_item_get_notes (item), indent);
  if (nv_agenda_item_get_case_number (item) != NULL)
    {
      /* The printed agenda's line, which starts a line of its own */
      g_autofree char *line = g_strdup_printf (_("\nCase no. %s"), nv_agenda_item_get_case_number (item));
      append_indented (text, line, indent);
    }
  if (attachments != NULL && attachments[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (", ", (char **) attachments);
      g_autofree char *line = g_strdup_printf (_("\nAttachments: %s"), list);
      append_indented (text, line, indent);
    }
}

/**
 * nv_agenda_to_text:
 *
 * Returns: the agenda as plain text, the lines a printed agenda has, for
 * an e-mail
 */
char *
nv_agenda_to_text (NvPlan    *plan,
                   NvMeeting *meeting)
{
  NvRecordList *agenda = NV_RECORD_LIST (nv_meeting_get_agenda (meeting));
  NvNetwork *network = NV_NETWORK (nv_record_find_ancestor (NV_RECORD (meeting), NV_TYPE_NETWORK));
  g_autoptr(NvAgendaTimes) times = nv_agenda_times_new (meeting);
  g_autofree char *when = nv_format_when (nv_meeting_get_date (meeting), nv_meeting_get_start (meeting));
  g_autofree char *total = nv_agenda_format_total (times->total, times->lower_bound);
  GString *text = g_string_new (NULL);
  glong width = 0;

  if (network != NULL && nv_network_get_name (network) != NULL)
    g_string_append_printf (text, "%s\n", nv_network_get_name (network));
  if (nv_meeting_get_title (meeting) != NULL)
    g_string_append_printf (text, "%s\n", nv_meeting_get_title (meeting));
  if (nv_meeting_get_subtheme (meeting) != NULL)
    g_string_append_printf (text, "%s\n", nv_meeting_get_subtheme (meeting));
  if (when != NULL)
    g_string_append_printf (text, "%s\n", when);
  if (nv_meeting_get_location (meeting) != NULL)
    /* Translators: the place line of a text agenda */
    g_string_append_printf (text, _("Place: %s\n"), nv_meeting_get_location (meeting));
  g_string_append (text, "\n");

  /* The clock times make a column as wide as the widest */
  for (guint i = 0; i < times->n_slots; i++)
    {
      g_autofree char *range = nv_agenda_format_range (times->slots[i].start, times->slots[i].end);
      width = MAX (width, range ? g_utf8_strlen (range, -1) : 0);
    }

  for (guint i = 0; i < times->n_slots; i++)
    {
      NvAgendaItem *item = NV_AGENDA_ITEM (nv_record_list_peek (agenda, i));
      g_autofree char *range = nv_agenda_format_range (times->slots[i].start, times->slots[i].end);
      g_autofree char *lead = nv_agenda_format_lead (plan, item);
      const char *title = nv_agenda_item_get_title (item);
      glong pad = width - (range ? g_utf8_strlen (range, -1) : 0);

      if (width > 0)
        {
          g_string_append (text, range ? range : "");
          for (glong j = 0; j < pad + 2; j++)
            g_string_append_c (text, ' ');
        }
      else
        g_string_append_printf (text, "%u. ", i + 1);

      g_string_append (text, title ? title : "");
      if (lead != NULL && !title_names_lead (plan, item))
        g_string_append_printf (text, " (%s)", lead);
      g_string_append_c (text, '\n');
      append_item_details (text, item, width > 0 ? width + 2 : (glong) strlen ("1. "));
    }

  if (times->n_slots > 0 && total != NULL)
    g_string_append_printf (text, "\n%s\n", total);

  return g_string_free (text, FALSE);
}

/**
 * nv_meeting_set_end:
 * @end: a clock time in minutes after midnight, or -1
 *
 * Fixes the meeting's end at @end, as the length from its start: the
 * agenda's end then shows its difference. An end of -1 lets the end follow
 * the agenda again. An end before or at the start is refused, and changes
 * nothing.
 */
gboolean
nv_meeting_set_end (NvMeeting  *meeting,
                    int         end,
                    GError    **error)
{
  int start = nv_meeting_get_start (meeting);

  if (end < 0)
    {
      nv_meeting_set_duration (meeting, -1);
      return TRUE;
    }

  if (start < 0)
    {
      g_set_error (error, NV_INPUT_ERROR, NV_INPUT_ERROR_INVALID,
                   _("Give the meeting a start before its end"));
      return FALSE;
    }

  if (end <= start)
    {
      g_autofree char *end_text = nv_format_clock_time (end);
      g_autofree char *start_text = nv_format_clock_time (start);

      g_set_error (error, NV_INPUT_ERROR, NV_INPUT_ERROR_OUT_OF_RANGE,
                   /* Translators: "The end, 12:00, is not after the start, 13:00" */
                   _("The end, %s, is not after the start, %s"), end_text, start_text);
      return FALSE;
    }

  nv_meeting_set_duration (meeting, end - start);
  return TRUE;
}

/**
 * nv_meeting_get_fixed_end:
 *
 * Returns: the end the user fixed, in minutes after midnight of the
 * meeting's day (past midnight is 1440 and more), or -1 when the end
 * follows the agenda or the meeting has no start
 */
int
nv_meeting_get_fixed_end (NvMeeting *meeting)
{
  int start = nv_meeting_get_start (meeting);
  int duration = nv_meeting_get_duration (meeting);

  return start >= 0 && duration >= 0 ? start + duration : -1;
}

/* The series' order, as the sidebar shows it; the same date and start
 * keep the order of the list */
static gboolean
comes_after (NvMeeting *meeting,
             guint      position,
             NvMeeting *other,
             guint      other_position)
{
  int order = nv_meeting_compare (meeting, other);

  return order != 0 ? order < 0 : other_position > position;
}

/**
 * nv_meeting_find_next:
 *
 * Returns: (transfer none) (nullable): the meeting of the same network
 * that comes after @meeting
 */
NvMeeting *
nv_meeting_find_next (NvMeeting *meeting)
{
  NvRecordList *meetings = nv_record_get_container (NV_RECORD (meeting));
  NvMeeting *next = NULL;
  guint position, next_position = 0, n;

  if (meetings == NULL || !nv_record_list_find (meetings, NV_RECORD (meeting), &position))
    return NULL;

  n = g_list_model_get_n_items (G_LIST_MODEL (meetings));
  for (guint i = 0; i < n; i++)
    {
      NvMeeting *other = NV_MEETING (nv_record_list_peek (meetings, i));

      if (other == meeting || !comes_after (meeting, position, other, i))
        continue;
      if (next == NULL || comes_after (other, i, next, next_position))
        {
          next = other;
          next_position = i;
        }
    }

  return next;
}

/**
 * nv_agenda_item_duplicate:
 *
 * Returns: (transfer full): a copy of @item with a new id, not in any
 * agenda yet
 */
NvAgendaItem *
nv_agenda_item_duplicate (NvAgendaItem *item)
{
  NvAgendaItem *copy = NV_AGENDA_ITEM (nv_record_copy (NV_RECORD (item)));

  g_free (nv_record_make_id (NV_RECORD (copy)));
  return copy;
}

/**
 * nv_agenda_copy_items:
 * @from: a list of agenda items
 * @to: another
 *
 * Appends copies of the items of @from to @to, with new ids and without
 * their minutes, which belong to the meeting that was held.
 */
void
nv_agenda_copy_items (GListModel   *from,
                      NvRecordList *to)
{
  guint n = g_list_model_get_n_items (from);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NvAgendaItem) copy = nv_agenda_item_duplicate (NV_AGENDA_ITEM (nv_record_list_peek (NV_RECORD_LIST (from), i)));

      nv_agenda_item_set_background (copy, NULL);
      nv_agenda_item_set_recommendation (copy, NULL);
      nv_agenda_item_set_decision (copy, NULL);
      nv_agenda_item_set_minutes_notes (copy, NULL);
      nv_record_list_append (to, NV_RECORD (copy));
    }
}

/**
 * nv_agenda_copy_to:
 *
 * Adds copies of @from's agenda items to the end of @to's agenda, as one
 * step.
 */
void
nv_agenda_copy_to (NvMeeting *from,
                   NvMeeting *to)
{
  NvHistory *history = nv_record_find_history (NV_RECORD (to));

  nv_history_begin_group (history, _("Copy Agenda to Next Meeting"));
  nv_agenda_copy_items (nv_meeting_get_agenda (from), NV_RECORD_LIST (nv_meeting_get_agenda (to)));
  nv_history_end_group (history);
}

/**
 * nv_agenda_item_move_to:
 *
 * Moves @item to the end of @to's agenda, as one step.
 */
void
nv_agenda_item_move_to (NvAgendaItem *item,
                        NvMeeting    *to)
{
  NvRecordList *from = nv_record_get_container (NV_RECORD (item));
  NvHistory *history = nv_record_find_history (NV_RECORD (item));
  guint position;

  g_return_if_fail (from != NULL && nv_record_list_find (from, NV_RECORD (item), &position));

  g_object_ref (item);
  nv_history_begin_group (history, _("Move Item to Next Meeting"));
  nv_record_list_remove (from, position);
  nv_record_list_append (NV_RECORD_LIST (nv_meeting_get_agenda (to)), NV_RECORD (item));
  nv_history_end_group (history);
  g_object_unref (item);
}
