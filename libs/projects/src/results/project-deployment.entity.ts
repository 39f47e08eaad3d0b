import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Where a project put its technology to work, recorded by the confirmed move to `deployed`. */
@Entity('project_deployment')
export class ProjectDeployment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  projectId!: string;

  @Column('uuid')
  moveId!: string;

  @Column('text')
  country!: string;

  @Column('text')
  city!: string;

  @Column('text')
  site!: string;

  @Column('integer')
  units!: number;

  @Column('date')
  deployedOn!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
