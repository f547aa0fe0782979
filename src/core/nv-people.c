/* nv-people.c
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "nv-input.h"
#include "nv-member.h"
#include "nv-people.h"

/*
 * A contact list of a few hundred people gathers the same person twice
 * (typed in by hand, then imported from a calendar) and addresses with a
 * typing error. Nothing here refuses anything: the people view shows
 * what it finds as warnings, and the user decides.
 */

/**
 * nv_people_fold:
 * @text: (nullable): a name, an address, what a user searches for
 *
 * Returns: (transfer full): @text as it is compared: in one Unicode form,
 * case folded, without spaces at the ends and with runs of spaces as one
 * ("  Karen  HOLM " and "karen holm" fold alike)
 */
char *
nv_people_fold (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  g_autofree char *normal = g_utf8_normalize (valid, -1, G_NORMALIZE_ALL_COMPOSE);
  g_autofree char *folded = g_utf8_casefold (normal, -1);
  g_auto(GStrv) words = g_strsplit_set (g_strstrip (folded), " \t\n\r\v\f", -1);
  GString *result = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (result->len > 0)
        g_string_append_c (result, ' ');
      g_string_append (result, words[i]);
    }

  return g_string_free (result, FALSE);
}

static void
add_local_group (GPtrArray  *groups,
                 const char *group)
{
  g_autofree char *folded = nv_people_fold (group);

  if (folded[0] == '\0')
    return;

  for (guint i = 0; i < groups->len; i++)
    {
      g_autofree char *other = nv_people_fold (g_ptr_array_index (groups, i));

      if (g_str_equal (folded, other))
        return;
    }

  g_ptr_array_add (groups, g_strdup (group));
}

/**
 * nv_people_local_groups:
 *
 * The local groups each person represents, in any of the plan's
 * networks, found once so that a search can ask for them person by
 * person.
 *
 * Returns: (transfer full) (element-type utf8 GPtrArray): person id →
 * the names of their local groups, for people who have any
 */
GHashTable *
nv_people_local_groups (NvPlan *plan)
{
  GHashTable *groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                              (GDestroyNotify) g_ptr_array_unref);
  GListModel *networks = nv_plan_get_networks (plan);

  for (guint i = 0; i < g_list_model_get_n_items (networks); i++)
    {
      NvNetwork *network = NV_NETWORK (nv_record_list_peek (NV_RECORD_LIST (networks), i));
      GListModel *members = nv_network_get_members (network);

      for (guint j = 0; j < g_list_model_get_n_items (members); j++)
        {
          NvMember *member = NV_MEMBER (nv_record_list_peek (NV_RECORD_LIST (members), j));
          const char *person = nv_member_get_person (member);
          GPtrArray *list;

          if (person == NULL || nv_member_get_local_group (member) == NULL)
            continue;

          list = g_hash_table_lookup (groups, person);
          if (list == NULL)
            {
              list = g_ptr_array_new_with_free_func (g_free);
              g_hash_table_insert (groups, g_strdup (person), list);
            }
          add_local_group (list, nv_member_get_local_group (member));
        }
    }

  return groups;
}

/**
 * nv_person_matches:
 * @local_groups: (nullable) (element-type utf8): the person's local
 *   groups, from nv_people_local_groups()
 * @query: (nullable): what the user typed
 *
 * Whether every word of @query is found in the person's name,
 * organisation, role, e-mail address or one of their local groups,
 * regardless of case. An empty query matches everyone.
 */
gboolean
nv_person_matches (NvPerson   *person,
                   GPtrArray  *local_groups,
                   const char *query)
{
  g_autofree char *folded_query = nv_people_fold (query);
  g_auto(GStrv) words = NULL;
  g_autoptr(GPtrArray) fields = NULL;
  const char *texts[] = {
    nv_person_get_name (person), nv_person_get_organisation (person),
    nv_person_get_role (person), nv_person_get_email (person),
  };

  g_return_val_if_fail (NV_IS_PERSON (person), FALSE);

  if (folded_query[0] == '\0')
    return TRUE;

  fields = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (texts[i] != NULL)
      g_ptr_array_add (fields, nv_people_fold (texts[i]));
  for (guint i = 0; local_groups != NULL && i < local_groups->len; i++)
    g_ptr_array_add (fields, nv_people_fold (g_ptr_array_index (local_groups, i)));

  words = g_strsplit (folded_query, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < fields->len && !found; j++)
        found = strstr (g_ptr_array_index (fields, j), words[i]) != NULL;
      if (!found)
        return FALSE;
    }

  return TRUE;
}

/* The people who share a key, in the plan's order */
static void
bucket_add (GHashTable *buckets,
            char       *key,
            NvPerson   *person)
{
  GPtrArray *bucket = g_hash_table_lookup (buckets, key);

  if (bucket == NULL)
    {
      bucket = g_ptr_array_new ();
      g_hash_table_insert (buckets, key, bucket);
    }
  else
    g_free (key);

  g_ptr_array_add (bucket, person);
}

static gboolean
in_bucket (GPtrArray *bucket,
           NvPerson  *person)
{
  return bucket != NULL && g_ptr_array_find (bucket, person, NULL);
}

static char *
name_key (NvPerson *person)
{
  g_autofree char *name = nv_people_fold (nv_person_get_name (person));
  g_autofree char *organisation = nv_people_fold (nv_person_get_organisation (person));

  if (name[0] == '\0')
    return NULL;

  return g_strconcat (name, "\n", organisation, NULL);
}

/**
 * nv_people_find_duplicates:
 * @people: (element-type NvPerson): the plan's people
 *
 * Finds people who are probably the same person twice: the same e-mail
 * address, or the same name in the same organisation (both compared
 * regardless of case and extra spaces; a missing organisation is the
 * same as another missing one). Each pair is reported for both people,
 * @person in the list's order; a pair with the same address is not
 * reported again for the same name.
 *
 * Returns: (transfer full) (element-type NvDuplicate): the duplicates
 */
GPtrArray *
nv_people_find_duplicates (GListModel *people)
{
  GPtrArray *duplicates = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) by_email = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         (GDestroyNotify) g_ptr_array_unref);
  guint n = g_list_model_get_n_items (people);

  for (guint i = 0; i < n; i++)
    {
      NvPerson *person = NV_PERSON (nv_record_list_peek (NV_RECORD_LIST (people), i));
      char *email = nv_people_fold (nv_person_get_email (person));
      char *name = name_key (person);

      if (email[0] != '\0')
        bucket_add (by_email, email, person);
      else
        g_free (email);
      if (name != NULL)
        bucket_add (by_name, name, person);
    }

  for (guint i = 0; i < n; i++)
    {
      NvPerson *person = NV_PERSON (nv_record_list_peek (NV_RECORD_LIST (people), i));
      g_autofree char *email = nv_people_fold (nv_person_get_email (person));
      g_autofree char *name = name_key (person);
      GPtrArray *same_email = email[0] != '\0' ? g_hash_table_lookup (by_email, email) : NULL;
      GPtrArray *same_name = name != NULL ? g_hash_table_lookup (by_name, name) : NULL;

      for (guint j = 0; same_email != NULL && j < same_email->len; j++)
        {
          NvDuplicate *duplicate;

          if (g_ptr_array_index (same_email, j) == person)
            continue;
          duplicate = g_new0 (NvDuplicate, 1);
          duplicate->person = person;
          duplicate->other = g_ptr_array_index (same_email, j);
          duplicate->kind = NV_DUPLICATE_SAME_EMAIL;
          g_ptr_array_add (duplicates, duplicate);
        }

      for (guint j = 0; same_name != NULL && j < same_name->len; j++)
        {
          NvPerson *other = g_ptr_array_index (same_name, j);
          NvDuplicate *duplicate;

          if (other == person || in_bucket (same_email, other))
            continue;
          duplicate = g_new0 (NvDuplicate, 1);
          duplicate->person = person;
          duplicate->other = other;
          duplicate->kind = NV_DUPLICATE_SAME_NAME;
          g_ptr_array_add (duplicates, duplicate);
        }
    }

  return duplicates;
}

static void
add_message (GHashTable *warnings,
             NvPerson   *person,
             char       *message)
{
  GPtrArray *messages = g_hash_table_lookup (warnings, person);

  if (messages == NULL)
    {
      messages = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (warnings, person, messages);
    }

  for (guint i = 0; i < messages->len; i++)
    if (g_str_equal (g_ptr_array_index (messages, i), message))
      {
        g_free (message);
        return;
      }

  g_ptr_array_add (messages, message);
}

/**
 * nv_people_check:
 * @people: (element-type NvPerson): the plan's people
 *
 * What to warn about in each person's details: an e-mail address a mail
 * program would refuse, and the duplicates nv_people_find_duplicates()
 * finds. Never blocking: the user may know better.
 *
 * Returns: (transfer full) (element-type NvPerson GPtrArray): person →
 * their warnings, translated, one sentence each; only people with any
 */
GHashTable *
nv_people_check (GListModel *people)
{
  GHashTable *warnings = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                                (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) duplicates = nv_people_find_duplicates (people);
  guint n = g_list_model_get_n_items (people);
  guint next = 0;

  for (guint i = 0; i < n; i++)
    {
      NvPerson *person = NV_PERSON (nv_record_list_peek (NV_RECORD_LIST (people), i));
      const char *email = nv_person_get_email (person);

      if (email != NULL && !nv_email_is_valid (email))
        /* Translators: a warning on a person: "“karen.holm@kommune” is not a valid e-mail address" */
        add_message (warnings, person, g_strdup_printf (_("“%s” is not a valid e-mail address"), email));

      /* The duplicates come in the people's order */
      for (; next < duplicates->len; next++)
        {
          NvDuplicate *duplicate = g_ptr_array_index (duplicates, next);
          const char *other_name = nv_person_get_name (duplicate->other);

          if (duplicate->person != person)
            break;

          if (duplicate->kind == NV_DUPLICATE_SAME_EMAIL)
            /* Translators: a warning on a person: "Same e-mail address as Karen Holm" */
            add_message (warnings, person, g_strdup_printf (_("Same e-mail address as %s"),
                                                            other_name != NULL ? other_name : _("Unnamed person")));
          else
            add_message (warnings, person, g_strdup (_("Another person has the same name and organisation")));
        }
    }

  return warnings;
}

/**
 * nv_network_check_size:
 * @problem: (out) (optional): how many members the network has and its
 *   recommended size
 * @advice: (out) (optional): how to split the network
 *
 * Seed 001 keeps a network to about ten members and suggests splitting
 * it above the network's recommended group size.
 *
 * Returns: whether @network has more members than its recommended group
 * size; if so, @problem and @advice are set to translated sentences
 */
gboolean
nv_network_check_size (NvNetwork  *network,
                       char      **problem,
                       char      **advice)
{
  guint members, size, parts, smaller, larger;

  g_return_val_if_fail (NV_IS_NETWORK (network), FALSE);

  members = g_list_model_get_n_items (nv_network_get_members (network));
  size = (guint) MAX (1, nv_network_get_group_size (network));
  if (members <= size)
    return FALSE;

  if (problem != NULL)
    *problem = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u members, more than the recommended group size of %u person",
                                             "%u members, more than the recommended group size of %u people",
                                             size),
                                members, size);
  if (advice == NULL)
    return TRUE;

  parts = (members + size - 1) / size;
  if (parts <= 2)
    {
      smaller = members / 2;
      larger = members - smaller;
      if (smaller == larger)
        /* Translators: the advice under "12 members, more than the recommended group size of 10 people" */
        *advice = g_strdup_printf (_("Consider splitting the network into two of %u members each"), smaller);
      else
        /* Translators: the advice under "13 members, more than the recommended group size of 10 people" */
        *advice = g_strdup_printf (_("Consider splitting the network into two, of %u and %u members"),
                                   larger, smaller);
    }
  else
    *advice = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "Consider splitting the network into %u of about %u members",
                                            "Consider splitting the network into %u of about %u members",
                                            parts),
                               parts, (members + parts - 1) / parts);

  return TRUE;
}
