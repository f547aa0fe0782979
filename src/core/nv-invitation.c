/* nv-invitation.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-invitation.h"

/* The invitation to one meeting. */
struct _NvInvitation
{
  NvRecord parent_instance;

  guint reply_by;
  char **questions;
  char *letter;
  guint sent;
};

G_DEFINE_FINAL_TYPE (NvInvitation, nv_invitation, NV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_REPLY_BY,
  PROP_QUESTIONS,
  PROP_LETTER,
  PROP_SENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nv_invitation_class_init (NvInvitationClass *klass)
{
  properties[PROP_REPLY_BY] =
    nv_field_date ("reply-by", N_("Reply by"), G_STRUCT_OFFSET (NvInvitation, reply_by));
  properties[PROP_QUESTIONS] =
    nv_field_strv ("questions", N_("Preparation questions"), G_STRUCT_OFFSET (NvInvitation, questions));
  properties[PROP_LETTER] =
    nv_field_string ("letter", N_("Letter"), G_STRUCT_OFFSET (NvInvitation, letter));
  properties[PROP_SENT] =
    nv_field_date ("sent", N_("Sent"), G_STRUCT_OFFSET (NvInvitation, sent));

  nv_record_class_install_fields (NV_RECORD_CLASS (klass), NULL, N_PROPS, properties);
}

static void
nv_invitation_init (NvInvitation *self)
{
}

NvInvitation *
nv_invitation_new (void)
{
  return g_object_new (NV_TYPE_INVITATION, NULL);
}

guint
nv_invitation_get_reply_by (NvInvitation *self)
{
  g_return_val_if_fail (NV_IS_INVITATION (self), 0);

  return self->reply_by;
}

void
nv_invitation_set_reply_by (NvInvitation *self,
                            guint reply_by)
{
  g_return_if_fail (NV_IS_INVITATION (self));

  nv_record_set_uint (NV_RECORD (self), properties[PROP_REPLY_BY], reply_by);
}

const char * const *
nv_invitation_get_questions (NvInvitation *self)
{
  g_return_val_if_fail (NV_IS_INVITATION (self), NULL);

  return (const char * const *) self->questions;
}

void
nv_invitation_set_questions (NvInvitation *self,
                             const char * const *questions)
{
  g_return_if_fail (NV_IS_INVITATION (self));

  nv_record_set_strv (NV_RECORD (self), properties[PROP_QUESTIONS], questions);
}

const char *
nv_invitation_get_letter (NvInvitation *self)
{
  g_return_val_if_fail (NV_IS_INVITATION (self), NULL);

  return self->letter;
}

void
nv_invitation_set_letter (NvInvitation *self,
                          const char *letter)
{
  g_return_if_fail (NV_IS_INVITATION (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_LETTER], letter);
}

guint
nv_invitation_get_sent (NvInvitation *self)
{
  g_return_val_if_fail (NV_IS_INVITATION (self), 0);

  return self->sent;
}

void
nv_invitation_set_sent (NvInvitation *self,
                        guint sent)
{
  g_return_if_fail (NV_IS_INVITATION (self));

  nv_record_set_uint (NV_RECORD (self), properties[PROP_SENT], sent);
}
