/* nv-letter.c: invitation letters, from a meeting and its network's template
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "nv-agenda.h"
#include "nv-format.h"
#include "nv-letter.h"
#include "nv-letter-template.h"
#include "nv-network.h"
#include "nv-participant.h"
#include "nv-record-list.h"
#include "nv-util.h"

/**
 * nv_letter_default_template:
 *
 * Returns: seed 001's "FORSLAG TIL INVITATION" with its "(indsæt …)" gaps
 * as fields, in the user's language
 */
const char *
nv_letter_default_template (void)
{
  /* Translators: the default invitation letter. Keep every {field} as it
   * is (they are filled from the plan); "{{" writes a brace. The Danish
   * one is seed 001's "FORSLAG TIL INVITATION". */
  return _("{place_and_date}\n"
           "\n"
           "Dear {recipient},\n"
           "\n"
           "Would you like to take part in the network group {network}?\n"
           "\n"
           "On {meeting_time} we hold a meeting of the network group at {meeting_place}, and I hope "
           "you would like to and are able to come.\n"
           "\n"
           "It is not yet decided exactly what the group should focus on and how it should work. "
           "We will find that out together over the first few meetings.\n"
           "\n"
           "At the meeting, each of us will tell what we would like to get out of a network. "
           "To prepare, here are some questions you could think about before the meeting:\n"
           "\n"
           "{questions}\n"
           "\n"
           "I have invited {number_invited} people to the meeting. If you would like to come, "
           "please let me know by {reply_by}, by phone or e-mail ({organiser_phone}, {organiser_email}).\n"
           "\n"
           "{chair} will chair the meeting, and there will be some refreshments.\n"
           "\n"
           "I look forward to seeing you.\n"
           "\n"
           "Kind regards\n"
           "{organiser}\n"
           "\n"
           "PS: The agenda of the meeting is attached, so you can see what will happen. "
           "If you have any questions, you are more than welcome to contact me.\n");
}

/**
 * nv_letter_template_for:
 *
 * Returns: the letter @meeting's invitation uses: its own, its network's,
 * or the default one
 */
const char *
nv_letter_template_for (NvMeeting *meeting)
{
  NvNetwork *network = NV_NETWORK (nv_record_find_ancestor (NV_RECORD (meeting), NV_TYPE_NETWORK));
  const char *letter = nv_invitation_get_letter (nv_meeting_get_invitation (meeting));

  if (letter == NULL && network != NULL)
    letter = nv_network_get_letter_template (network);
  return letter != NULL ? letter : nv_letter_default_template ();
}

static NvPerson *
find_person (NvPlan     *plan,
             const char *id)
{
  NvRecord *record = nv_plan_lookup (plan, id);

  return NV_IS_PERSON (record) ? NV_PERSON (record) : NULL;
}

static void
insert (GHashTable *values,
        const char *field,
        const char *value)
{
  g_hash_table_insert (values, g_strdup (field), g_strdup (value != NULL ? value : ""));
}

static void
take (GHashTable *values,
      const char *field,
      char       *value)
{
  g_hash_table_insert (values, g_strdup (field), value != NULL ? value : g_strdup (""));
}

static char *
questions_text (NvInvitation *invitation)
{
  const char * const *questions = nv_invitation_get_questions (invitation);
  GString *text = g_string_new (NULL);

  for (guint i = 0; questions != NULL && questions[i] != NULL; i++)
    g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "", questions[i]);
  return g_string_free (text, FALSE);
}

static char *
place_and_date (NvNetwork    *network,
                NvInvitation *invitation)
{
  guint sent = nv_invitation_get_sent (invitation);
  g_autofree char *date = nv_format_date_plain (sent != 0 ? sent : nv_date_today ());
  const char *region = network != NULL ? nv_network_get_region (network) : NULL;

  if (region == NULL)
    return g_steal_pointer (&date);
  /* Translators: where and when a letter is written: "Aarhus, 23. november 2026" */
  return g_strdup_printf (_("%s, %s"), region, date);
}

/**
 * nv_letter_values_new:
 * @recipient: (nullable): who the letter is for; %NULL for one letter to all
 *
 * Returns: (transfer full): the value of each letter field, for
 * nv_letter_template_fill()
 */
GHashTable *
nv_letter_values_new (NvPlan    *plan,
                      NvMeeting *meeting,
                      NvPerson  *recipient)
{
  GHashTable *values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  NvNetwork *network = NV_NETWORK (nv_record_find_ancestor (NV_RECORD (meeting), NV_TYPE_NETWORK));
  NvInvitation *invitation = nv_meeting_get_invitation (meeting);
  NvPerson *organiser = network != NULL ? find_person (plan, nv_network_get_organiser (network)) : NULL;
  guint reply_by = nv_invitation_get_reply_by (invitation);

  take (values, "place_and_date", place_and_date (network, invitation));
  /* Translators: the recipient of a letter to everyone invited: "Dear all" */
  insert (values, "recipient", recipient != NULL ? nv_person_get_name (recipient) : _("all"));
  insert (values, "network", network != NULL ? nv_network_get_name (network) : NULL);
  insert (values, "meeting_title", nv_meeting_get_title (meeting));
  take (values, "meeting_time", nv_format_when (nv_meeting_get_date (meeting), nv_meeting_get_start (meeting)));
  insert (values, "meeting_place", nv_meeting_get_location (meeting));
  take (values, "number_invited", g_strdup_printf ("%u", g_list_model_get_n_items (nv_meeting_get_participants (meeting))));
  take (values, "questions", questions_text (invitation));
  take (values, "reply_by", reply_by != 0 ? nv_format_date_long (reply_by) : NULL);
  insert (values, "organiser", organiser != NULL ? nv_person_get_name (organiser) : NULL);
  insert (values, "organiser_phone", organiser != NULL ? nv_person_get_phone (organiser) : NULL);
  insert (values, "organiser_email", organiser != NULL ? nv_person_get_email (organiser) : NULL);
  insert (values, "chair", nv_plan_person_name (plan, nv_meeting_get_chair (meeting)));
  return values;
}

/**
 * nv_letter_write:
 * @recipient: (nullable): who the letter is for; %NULL for one letter to all
 *
 * Returns: (transfer full) (nullable): the invitation letter to
 * @meeting, or %NULL with @error set if its template is not valid
 */
char *
nv_letter_write (NvPlan     *plan,
                 NvMeeting  *meeting,
                 NvPerson   *recipient,
                 GError    **error)
{
  g_autoptr(GHashTable) values = nv_letter_values_new (plan, meeting, recipient);

  return nv_letter_template_fill (nv_letter_template_for (meeting), values, error);
}

/**
 * nv_letter_recipients:
 *
 * Returns: (transfer container) (element-type NvPerson): the people
 * invited to @meeting, in the order of its participants
 */
GPtrArray *
nv_letter_recipients (NvPlan    *plan,
                      NvMeeting *meeting)
{
  NvRecordList *participants = NV_RECORD_LIST (nv_meeting_get_participants (meeting));
  GPtrArray *people = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (participants)); i++)
    {
      NvParticipant *participant = NV_PARTICIPANT (nv_record_list_peek (participants, i));
      NvPerson *person = find_person (plan, nv_participant_get_person (participant));

      if (person != NULL)
        g_ptr_array_add (people, person);
    }

  return people;
}

/**
 * nv_letter_unanswered:
 * @today: the julian day it is
 *
 * Returns: (transfer container) (element-type NvPerson): the people
 * invited to @meeting who have not answered, if its reply-by date has
 * passed; otherwise none
 */
GPtrArray *
nv_letter_unanswered (NvPlan    *plan,
                      NvMeeting *meeting,
                      guint      today)
{
  NvRecordList *participants = NV_RECORD_LIST (nv_meeting_get_participants (meeting));
  guint reply_by = nv_invitation_get_reply_by (nv_meeting_get_invitation (meeting));
  GPtrArray *people = g_ptr_array_new ();

  if (reply_by == 0 || today <= reply_by)
    return people;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (participants)); i++)
    {
      NvParticipant *participant = NV_PARTICIPANT (nv_record_list_peek (participants, i));
      NvReply reply = nv_participant_get_reply (participant);
      NvPerson *person = find_person (plan, nv_participant_get_person (participant));

      if (person != NULL && reply != NV_REPLY_ACCEPTED && reply != NV_REPLY_DECLINED)
        g_ptr_array_add (people, person);
    }

  return people;
}

static void
append_query (GString    *uri,
              const char *name,
              const char *value)
{
  g_autofree char *escaped = g_uri_escape_string (value, NULL, FALSE);

  g_string_append_printf (uri, "%c%s=%s", strchr (uri->str, '?') ? '&' : '?', name, escaped);
}

/**
 * nv_letter_mailto_uri:
 *
 * Returns: (transfer full) (nullable): a `mailto:` address that opens an
 * e-mail to everyone invited to @meeting who has an e-mail address, with
 * the letter and the agenda as its text; %NULL with @error set if the
 * letter's template is not valid
 */
char *
nv_letter_mailto_uri (NvPlan     *plan,
                      NvMeeting  *meeting,
                      GError    **error)
{
  g_autoptr(GPtrArray) people = nv_letter_recipients (plan, meeting);
  g_autofree char *letter = nv_letter_write (plan, meeting, NULL, error);
  g_autofree char *agenda = NULL;
  g_autofree char *body = NULL;
  g_autofree char *when = NULL;
  g_autofree char *subject = NULL;
  GString *uri;

  if (letter == NULL)
    return NULL;

  uri = g_string_new ("mailto:");
  for (guint i = 0; i < people->len; i++)
    {
      const char *email = nv_person_get_email (g_ptr_array_index (people, i));
      g_autofree char *escaped = NULL;

      if (email == NULL)
        continue;
      escaped = g_uri_escape_string (email, "@", FALSE);
      g_string_append_printf (uri, "%s%s", uri->len > strlen ("mailto:") ? "," : "", escaped);
    }

  when = nv_format_when_short (nv_meeting_get_date (meeting), nv_meeting_get_start (meeting));
  /* Translators: the subject of an invitation e-mail: "Invitation: Netværksmøde 1, 10 Feb 2027, 13:00" */
  subject = g_strdup_printf (_("Invitation: %s, %s"),
                             nv_meeting_get_title (meeting) ? nv_meeting_get_title (meeting) : "",
                             when ? when : "");
  agenda = nv_agenda_to_text (plan, meeting);
  body = g_strconcat (letter, "\n\n", agenda, NULL);
  append_query (uri, "subject", subject);
  append_query (uri, "body", body);
  return g_string_free (uri, FALSE);
}
