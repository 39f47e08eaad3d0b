import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery, TextField } from '@3ipet/common';
import { MESSAGE_MAX_LENGTH } from '../messages/message-text';

export class PostMessageInput {
  @ApiProperty({
    maxLength: MESSAGE_MAX_LENGTH,
    description:
      'Plain text; http(s) URLs in it are shown as links. Control and direction-override characters are removed, line endings made uniform.',
    example: 'Could we visit one of your zig-zag kilns in Bhaktapur? Our survey: https://example.org/survey',
  })
  @TextField(MESSAGE_MAX_LENGTH)
  text!: string;
}

export class EditMessageInput extends PostMessageInput {}

/** Oldest first, so page 1 is where the conversation began. */
export class MessageQuery extends PageQuery {}

export class MessageAuthorView {
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Null once the account is gone' })
  userId!: string | null;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: ['need', 'vendor', 'curator'], description: 'The side of the match, or a curator' })
  seat!: 'need' | 'vendor' | 'curator';

  @ApiProperty({ nullable: true, type: String, description: 'Null for curators' })
  organizationName!: string | null;
}

export class MessageEditView {
  @ApiProperty({ description: 'The text before this edit' })
  text!: string;

  @ApiProperty({ format: 'date-time', description: 'When an edit replaced it' })
  replacedAt!: Date;
}

export class MessageView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  matchId!: string;

  @ApiProperty({ type: MessageAuthorView })
  author!: MessageAuthorView;

  @ApiProperty({ description: 'Plain text: render as text, never as HTML' })
  text!: string;

  @ApiProperty({
    type: [String],
    description: 'The http(s) URLs in the text, the only parts to render as links',
  })
  links!: string[];

  @ApiProperty({ description: 'Written by the caller (only the author may edit)' })
  mine!: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  editedAt!: Date | null;

  @ApiProperty({ type: [MessageEditView], description: 'Earlier texts, oldest first' })
  edits!: MessageEditView[];
}

export class MessagePage {
  @ApiProperty({ type: [MessageView] })
  items!: MessageView[];

  @ApiProperty()
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  limit!: number;

  @ApiProperty({ description: 'Messages of others the caller has not marked read' })
  unread!: number;
}

export class ReadMarkerView {
  @ApiProperty({ format: 'uuid' })
  matchId!: string;

  @ApiProperty({ description: 'Unread messages left (0 unless one arrived meanwhile)' })
  unread!: number;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  readAt!: Date | null;
}

export class UnreadMatchView {
  @ApiProperty({ format: 'uuid' })
  matchId!: string;

  @ApiProperty()
  unread!: number;
}

export class UnreadView {
  @ApiProperty({ description: 'Unread messages over every conversation the caller takes part in' })
  total!: number;

  @ApiProperty({ type: [UnreadMatchView], description: 'Only conversations with unread messages' })
  matches!: UnreadMatchView[];
}
